"""Concepts people ask about, each as (weight, Spanish phrases, English phrases); phrases separated by |.

Phrases are folded and stemmed like questions, so one form covers its inflections ("inscribo",
"inscribirme"). A phrase written "=word" matches only that exact word (its stem is shared with an
unrelated concept). Weights: 1 is a topic by itself ("plazo"); below 1 only qualifies another concept
("quién", "cuántos"). Articles and possessives never need to be written (they are dropped).
"""

from __future__ import annotations

from bot.answers.lexicon_asks import ASK_CONCEPTS
from bot.answers.lexicon_topics import TOPIC_CONCEPTS
from bot.answers.lexicon_travel import TRAVEL_CONCEPTS

Concept = tuple[float, str, str]

CORE_CONCEPTS: dict[str, Concept] = {
    # --- question words and qualifiers -------------------------------------------------------------
    "Q_WHEN": (
        1.0,
        "cuando | que dia | que fecha | para cuando | en que fecha",
        "when | what day | which day",
    ),
    "Q_WHO": (
        0.4,
        "quien | quienes | a quien | con quien",
        "who | whom | whose",
    ),
    "Q_HOW": (
        0.3,
        "=como | de que manera | que hago | que debo hacer",
        "how | what do i do | what should i do",
    ),
    # A count over everyone ("en total", "for the whole region"), which a per-State quota does not give.
    "TOTAL": (
        0.3,
        "en total | total | en conjunto | toda region | todo continente",
        "in total | total | overall number | altogether | combined | whole region",
    ),
    # A count for one unit ("per organisation", "cada"): a quota, not a total.
    "EACH": (
        0.3,
        "cada | por organizacion | por persona",
        "each | per organisation | per organization",
    ),
    "COUNT": (
        0.5,
        "cuantos | cuantas | =cuanto | numero | cantidad | maximo | limite de personas | hasta cuantos",
        "how many | number | maximum | max | limit | up to how many",
    ),
    "CAN": (
        0.3,
        "puedo | puede | pueden | podemos | podes | es posible | se puede",
        "can | could | may | possible",
    ),
    "THERE_IS": (
        0.3,
        "hay | habra | existe | tienen | ofrecen",
        "is there | are there | will there | any",
    ),
    "STILL": (
        0.4,
        "todavia | aun | sigue | siguen | ya",
        "still | yet | already | anymore",
    ),
    "EXACT": (
        0.6,
        "exacta | exactas | exacto | precisa | precisas | concreta | concretas | definitiva | especifica",
        "exact | precise | specific | definitive | confirmed",
    ),
    # "para agendar: ¿de qué hora a qué hora?": putting it in a diary, not the programme (a qualifier only)
    "DIARY": (
        0.1,
        "agendar | agendarlo | agendarla | agendarme | agende | agendo | agendamos | agendado | agendada",
        "diarise | diarize | diarised | diarized",
    ),
    "AMOUNT": (
        0.8,
        "monto | importe | =cuanto dinero | cuanto pagan | cuanto dan | valor | suma",
        "amount | how much money | how much do they pay | value | sum | rate",
    ),
    # --- when --------------------------------------------------------------------------------------
    "DATE": (
        1.0,
        "fecha | fechas | =dia | =dias | calendario | mes | semana | cronograma",
        "date | dates | day | days | calendar | month | week",
    ),
    "TIME": (
        1.0,
        "hora | horas | horario | horarios | que hora | a que hora | hora local",
        "time | times | hour | hours | what time | schedule | schedules | timing | oclock | clock",
    ),
    "START": (
        0.8,
        "empieza | empiezan | empezar | comienza | comienzan | comienzo | inicia | inician | "
        "inicio | arranca | arranque",
        "start | starts | starting | begin | begins | beginning | kick off | kicks off | commence",
    ),
    "END": (
        0.8,
        "termina | terminan | terminar | termino | acaba | acaban | finaliza | finalizan",
        "end | ends | ending | finish | finishes | over | wrap up",
    ),
    "DURATION": (
        1.0,
        "cuanto dura | dura | duran | duracion | cuantos dias | cuantas horas | cuantas jornadas | jornadas",
        "how long | long | duration | last | lasts | how many days | how many hours",
    ),
    "ZONE": (
        1.0,
        "zona horaria | huso horario | =gmt | =utc",
        "time zone | timezone | =gmt | =utc",
    ),
    "STATUS": (
        0.8,
        "ya paso | ya termino | ya fue | se realizo | se celebro | sigue vigente | ya ocurrio",
        "already happened | did it happen | is it over | has it ended | took place",
    ),
    # --- where and how -----------------------------------------------------------------------------
    "PLACE": (
        1.0,
        "donde | adonde | lugar | ciudad | ubicacion | localizacion | en que pais | en que ciudad",
        "where | place | city | location | located | which country | what country",
    ),
    "VENUE": (
        1.0,
        "sede | recinto | direccion | =salon | =sala | =salas | edificio | instalaciones | local | "
        "centro de convenciones",
        "venue | address | building | room | hall | premises | conference centre | conference center",
    ),
    "FORMAT": (
        1.0,
        "modalidad | formato | =tipo de evento",
        "format | modality | type of event | kind of event",
    ),
    "INPERSON": (
        1.0,
        "presencial | presencialmente | en persona | cara a cara | fisicamente",
        "in person | inperson | face to face | physically | onsite | on site",
    ),
    "REMOTE": (
        1.0,
        "virtual | virtualmente | en linea | online | remoto | remota | remotamente | a distancia | "
        "desde casa",
        "virtual | virtually | online | remote | remotely | from home | distance",
    ),
    "HYBRID": (
        1.0,
        "hibrido | hibrida",
        "hybrid",
    ),
    "CONNECT": (
        1.0,
        "conectar | conectarme | conectarse | conexion | plataforma | zoom | =teams | webex | google meet",
        "connect | connection | connecting | platform | zoom | =teams | webex | dial in | join link | login",
    ),
    "LINK": (
        0.8,
        "=link | =links | enlace | enlaces | url | pagina | pagina web | sitio web | web",
        "=link | =links | url | website | web page | webpage | site",
    ),
    "RELATION": (
        0.4,
        "relacion | relacionado | relacionada | vinculo | vinculado | vinculada | tiene que ver | "
        "conexion con",
        "linked | link to | related | relation | relationship | connection to | connected to | to do with",
    ),
    "NAME": (
        1.0,
        "como se llama | nombre | nombre completo | nombre oficial | titulo | se llama",
        "name | full name | official name | title | called",
    ),
    "SENT": (
        0.8,
        "enviada | enviaron | envio | fechada | emitida | se envio | fecha de invitacion",
        "sent | issued | dated | date of invitation",
    ),
    "PRESENTATION": (
        1.0,
        "presentacion | presentaciones | ponencia | ponencias | exposicion | preparar | "
        "prepararme | prepararnos | preparacion | trabajo en grupo | trabajos en grupo",
        "presentation | presentations | prepare | preparing | preparation | group work | give talk",
    ),
    "DOCS": (
        0.8,
        "documento | documentos | material | materiales | diapositivas | nota conceptual | anexo | "
        "invitacion",
        "document | documents | material | materials | slides | concept note | annex | invitation",
    ),
}

CONCEPTS: dict[str, Concept] = {**CORE_CONCEPTS, **TOPIC_CONCEPTS, **TRAVEL_CONCEPTS, **ASK_CONCEPTS}
