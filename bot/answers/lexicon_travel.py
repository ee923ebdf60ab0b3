"""Concepts of taking part: sponsorship, what it covers, registration, practical matters, small talk.

Same format as ``bot.answers.lexicon``. The practical matters at the end (hotel, visa, per diem...) are
things invitations rarely settle: the engine defers them unless the event data really answers them.
"""

from __future__ import annotations

TRAVEL_CONCEPTS: dict[str, tuple[float, str, str]] = {
    # --- sponsorship -------------------------------------------------------------------------------
    "SPONSOR": (
        1.0,
        "patrocinio | patrocinios | patrocinar | patrocinan | patrocinado | patrocinada | "
        "patrocinados | beca | becas | becado | becada | subsidio | apoyo economico | "
        "ayuda economica | financiamiento para asistir | apoyo para viajar | ayuda para viajar",
        "sponsorship | sponsorships | sponsor | sponsored | sponsoring | scholarship | grant | "
        "bursary | travel support | travel grant | financial assistance | funded participation | "
        "subsidy",
    ),
    "COVER": (
        0.8,
        "cubre | cubren | cubrir | cubierto | cubierta | cubiertos | incluye | incluyen | "
        "incluido | incluida | incluidos | comprende | abarca",
        "cover | covers | covered | coverage | include | includes | included | including",
    ),
    "PAY": (
        0.8,
        "paga | pagan | pagar | pago | pagara | costea | costear | sufraga | sufragar | corre con",
        "pay | pays | paid | paying | payment | foot the bill",
    ),
    "EXPENSES": (
        0.8,
        "gastos | gasto | costos de viaje | expensas",
        "expenses | expense | travel costs | costs",
    ),
    "TRAVEL": (
        0.6,
        "viaje | viajes | viajar | desplazamiento",
        "travel | travelling | traveling | trip",
    ),
    "FLIGHT": (
        1.0,
        "vuelo | vuelos | pasaje | pasajes | boleto | boletos | billete | billetes | tiquete | "
        "tiquetes | avion | aereo | aerea | boleto aereo | pasaje aereo | clase economica",
        "flight | flights | ticket | tickets | airfare | air fare | plane | air travel | airline | "
        "economy class",
    ),
    "BUSINESS": (
        1.0,
        "business | clase business | clase ejecutiva | ejecutiva | primera clase",
        "business | business class | first class",
    ),
    "ACCOM": (
        1.0,
        "hotel | hoteles | alojamiento | alojamos | alojarnos | alojar | hospedaje | hospedarnos | "
        "hospedaremos | hospeda | habitacion | dormir",
        "hotel | hotels | accommodation | accomodation | lodging | stay | staying | room | rooms | sleep",
    ),
    "MEALS": (
        1.0,
        "=comida | =comidas | alimentacion | alimentos | almuerzo | almuerzos | cena | desayuno | =comer",
        "meal | meals | food | lunch | dinner | breakfast | catering | eat",
    ),
    "PERDIEM": (
        1.0,
        "viaticos | viatico | per diem | dsa | dietas | asignacion diaria | dinero de bolsillo | "
        "estipendio | gastos diarios | gasto diario",
        "per diem | perdiem | daily allowance | dsa | stipend | =allowance | =allowances | pocket money | "
        "subsistence",
    ),
    "TRANSFER": (
        1.0,
        "traslado | traslados | aeropuerto | recogida | recoger | transporte | transporte local | "
        "taxi | shuttle",
        "airport | pick up | pickup | shuttle | transfer | transfers | transport | transportation | "
        "taxi | local transport",
    ),
    "INSURANCE": (
        1.0,
        "seguro medico | seguro de viaje | seguro de salud | =seguro | aseguranza",
        "insurance | medical insurance | travel insurance | health insurance",
    ),
    "VISA": (
        1.0,
        "visa | visas | visado | visados | requisitos de entrada | migracion | migratorio | pasaporte",
        "visa | visas | entry requirements | passport | immigration | entry permit",
    ),
    "NOMINATE": (
        1.0,
        "nominar | nomino | nominamos | nominacion | nominaciones | nominado | nominados | "
        "nominada | candidato | candidatos | candidata | funcionario | funcionarios | funcionaria | "
        "delegado | delegados | cupo | cupos | plazas | por pais | por estado | por delegacion",
        "nominate | nominates | nomination | nominations | nominee | nominees | candidate | "
        "candidates | official | officials | delegate | delegates | slot | slots | seats | places | "
        "per country | per state | per delegation",
    ),
    "PROFILE": (
        0.8,
        "perfil | perfiles | cargo | cargos | rol | roles | responsabilidad | responsabilidades | "
        "area | areas | director | directora | jefe | jefa | coordinador | coordinadora | encargado | "
        "encargada",
        "profile | profiles | role | roles | position | positions | responsibility | "
        "responsibilities | area | areas | director | head of | coordinator | manager | in charge",
    ),
    "THIRD": (
        0.8,
        "tercera | tercer | tercero | adicional | otra persona | mas de dos | una persona mas",
        "third | additional | extra | another person | more than two | one more",
    ),
    "ELIGIBLE": (
        0.8,
        "elegible | elegibles | califica | calificamos | calificar | requisitos | condiciones | "
        "criterios | tiene derecho",
        "eligible | eligibility | qualify | qualifies | requirements | criteria | conditions | entitled",
    ),
    "DEADLINE": (
        1.0,
        "plazo | plazos | fecha limite | limite | hasta cuando | vence | vencimiento | cierre | "
        "cierra | cierran | mas tardar | fecha tope | ultimo dia | antes de que fecha | demasiado tarde | "
        "muy tarde | ya es tarde | estoy a tiempo | estamos a tiempo | todavia a tiempo | aun a tiempo | "
        "dias quedan | dias faltan | tiempo queda | quedan dias | faltan dias",
        "deadline | deadlines | due | until when | by when | closes | close | closing | last day | "
        "cut off | cutoff | expire | expires | latest | too late | =left | days remaining | time remaining | "
        "still in time | in time",
    ),
    "APPLY": (
        0.6,
        "solicitar | solicito | solicitamos | solicitud | solicitudes | aplicar | aplico | "
        "postular | postulo | postulacion | pedir | pido | tramitar | tramite | obtener | "
        "conseguir",
        "apply | applying | application | applications | request | requests | requesting | submit | "
        "obtain | get",
    ),
    # --- registration -------------------------------------------------------------------------------
    "REGISTER": (
        1.0,
        "inscripcion | inscripciones | inscribirme | inscribir | inscribirse | inscribo | "
        "inscrito | inscrita | registro | registrarme | registrar | registrarse | registrarnos | "
        "=confirmar | =confirmo | =confirmamos | confirmar participacion | confirmar asistencia | "
        "confirmacion de participacion | rsvp | anotarme | apuntarme | =confirmacion",
        "register | registration | registering | registered | sign up | signup | enrol | enroll | "
        "rsvp | confirm attendance | confirm participation | confirmation of participation | "
        "=confirm | =confirmation",
    ),
    "FLOOR": (
        1.0,
        "tomar palabra | pedir palabra | hacer uso de palabra | uso de palabra | intervenir | "
        "intervencion | presentar pregunta | enviar pregunta | enviar preguntas | mandar pregunta | "
        "mandar preguntas | hacer pregunta | formular pregunta | compartir experiencias | "
        "compartir experiencia | dar palabra | dan palabra | den palabra | pido palabra | pedimos palabra",
        "take floor | floor | intervention | make statement | submit question | submit questions | "
        "send question | send questions | ask question | share experiences | share experience",
    ),
    # --- practical matters the invitations usually leave open ------------------------------------------
    "FEE": (
        1.0,
        "cuesta | costo | coste | precio | tarifa | cuota | gratis | gratuito | gratuita | cobran | cobro",
        "fee | fees | price | cost | charge | free | free of charge",
    ),
    "DRESS": (
        1.0,
        "vestimenta | codigo de vestimenta | vestir | ropa | traje | etiqueta | corbata",
        "dress code | dress | attire | clothing | wear | suit | tie",
    ),
    "RECORDING": (
        1.0,
        "grabacion | grabara | grabado | grabada | video | videos | transmision | en vivo | "
        "streaming | youtube",
        "recording | recorded | record | video | livestream | live stream | streaming | broadcast | youtube",
    ),
    "PARKING": (
        1.0,
        "estacionamiento | parqueo | parqueadero | aparcamiento | parking | estacionar",
        "parking | park my car | car park",
    ),
    "HEALTH": (
        1.0,
        "covid | vacuna | vacunas | vacunacion | pcr | mascarilla | cubrebocas | prueba | certificado medico",
        "covid | vaccine | vaccines | vaccination | pcr | mask | masks | test | medical certificate",
    ),
    "COMPANION": (
        1.0,
        "=acompanante | =acompanantes | esposa | esposo | pareja | conyuge | familia | familiar | "
        "hijos | hija | hijo",
        "spouse | partner | companion | family | wife | husband | children | child | accompanying",
    ),
    "CERTIFICATE": (
        1.0,
        "certificado | certificados | constancia | diploma",
        "certificate | certificates | attestation",
    ),
    "WEATHER": (
        1.0,
        "clima | temperatura | lluvia",
        "weather | climate | temperature | rain",
    ),
    "SECURITY": (
        1.0,
        "seguridad | peligroso | peligrosa | =segura",
        "security | safety | safe | dangerous",
    ),
    "MONEY": (
        1.0,
        "moneda | dolares | efectivo | cambio de moneda | tarjeta de credito",
        "currency | cash | dollars | exchange rate | credit card",
    ),
    "DIET": (
        1.0,
        "vegetariana | vegetariano | vegana | vegano | alergia | alergias | dieta | halal | kosher",
        "vegetarian | vegan | allergy | allergies | diet | dietary | halal | kosher",
    ),
    "WIFI": (
        1.0,
        "wifi | internet | computadora | laptop | enchufe",
        "wifi | internet | laptop | computer | socket | plug",
    ),
    # --- small talk ----------------------------------------------------------------------------------
    "GREET": (
        1.0,
        "hola | buenos dias | buenas tardes | buenas noches | =buenas | =saludos | =saludo | que tal | "
        "disculpe la hora | disculpa la hora | perdone la hora | perdon por la hora | saluda atentamente",
        "hello | hi | hey | good morning | good afternoon | good evening | greetings | "
        "sorry for the late hour | sorry to write so late | presents its compliments",
    ),
    "THANKS": (
        1.0,
        "gracias | muchas gracias | mil gracias | te agradezco | le agradezco | perfecto | genial | "
        "adios | chao | chau | hasta luego | =ok | =okay | =vale | =entendido | =de acuerdo | =listo",
        "thanks | thank you | thx | ty | cheers | great | perfect | appreciated | bye | goodbye | =ok | "
        "=okay | =noted | =got it",
    ),
    # "this bot is useless": a complaint, answered with what can be asked (never an "I do not know")
    "COMPLAIN": (
        1.0,
        "inutil | no sirve | no me ayuda | no me ayudas | no ayuda | pesimo | malisimo | no entiendes",
        "useless | not helpful | unhelpful | not helping | doesnt work | does not work | stupid bot | "
        "terrible bot | bad bot | you dont understand",
    ),
    "HELP": (
        1.0,
        "ayuda | ayudame | que puedes hacer | que sabes | menu | opciones",
        "help | what can you do | what do you know | menu | options",
    ),
}
