"""Concepts of an event's content: programme, people, languages, contact (format: ``bot.answers.lexicon``)."""

from __future__ import annotations

TOPIC_CONCEPTS: dict[str, tuple[float, str, str]] = {
    # --- programme ---------------------------------------------------------------------------------
    "AGENDA": (
        1.0,
        "agenda | =programa | programacion | temas | tema | temario | orden del dia | contenido | "
        "se tratara | se discutira | se hablara | se habla | se va hablar | van hablar | se discute | "
        "se aborda | se abordara | preguntas guia | ejes | mesas | paneles | "
        "actividades",
        "agenda | programme | program | topics | topic | discussed | discuss | talk about | "
        "covered topics | guiding questions | themes | panels | activities | content | on table",
    ),
    "SESSIONS": (
        1.0,
        "sesion | sesiones | jornada",
        "session | sessions | sitting",
    ),
    "SPEAKER": (
        1.0,
        "moderador | moderadora | modera | moderara | "
        "inaugura | inaugurara | inauguracion | apertura | conclusiones | clausura | concluye | "
        "concluira | cierra el debate | hace el cierre | palabras de cierre | cierre del debate | "
        "quien cierra | quien abre | quienes abren | abre el debate | abrira el debate | abre el evento",
        "moderator | moderate | moderates | opens | opening | conclusions | closing remarks | "
        "concludes | conclude | concluding | who closes | closes the debate | closing session",
    ),
    # The questions an agenda puts to the debate (an agenda item's `question`).
    "GUIDING": (
        1.0,
        "preguntas guia | preguntas orientadoras | preguntas del debate | preguntas para el debate | "
        "preguntas de discusion | conclusiones orientadoras | conclusiones guia | comentarios orientadores",
        "guiding questions | guiding question | questions for the debate | discussion questions | "
        "debate questions | questions of the debate | guiding conclusions | guiding comments",
    ),
    # Who is particularly encouraged to attend (a qualifier of INVITE).
    "ENCOURAGE": (
        0.3,
        "especialmente | en especial | particularmente | en particular | alienta | alientan | alentados | "
        "alentadas | prioritarios | prioritarias",
        "especially | particularly | in particular | encouraged | encourage | encourages | priority",
    ),
    # The field a meeting is about, named as a subject ("el debate sobre asistencia a víctimas"): its
    # words are not attendance ("asistencia") nor who funds ("financiación"); no rule needs it.
    "SUBJECT": (
        0.2,
        "asistencia a victimas | asistencia a las victimas | financiacion para asistencia a victimas | "
        "financiacion de asistencia a victimas | financiacion para la asistencia a victimas | "
        "financiacion de la asistencia a victimas",
        "victim assistance | assistance to victims | victim assistance financing | "
        "financing for victim assistance | financing of victim assistance",
    ),
    # Who speaks in general (invitations often name only who opens, moderates and concludes).
    "PANEL": (
        1.0,
        "ponente | ponentes | orador | oradores | panelista | panelistas | =presentador | =presentadores | "
        "expositor | expositores | =conferencista | =conferencistas | quienes van a presentar | "
        "quien va a presentar | quienes presentan | quien presenta | quienes exponen | quien expone",
        "speaker | speakers | panelist | panelists | panellist | panellists | =presenter | =presenters | "
        "keynote | who presents | who is presenting | who will present | who are presenting | "
        "who will speak | who is speaking",
    ),
    "FIELD": (
        1.0,
        "visita de campo | visita | salida de campo | excursion | gira | recorrido",
        "field visit | field trip | site visit | visit | excursion | tour",
    ),
    "PURPOSE": (
        1.0,
        "objetivo | objetivos | proposito | =finalidad | de que trata | sobre que | acerca de que | "
        "para que sirve | meta | metas | antecedentes | contexto | resumen | que trata | trata | =se trata | "
        "por que | porque | razon | motivo | para que es | para que se hace | para que se realiza | "
        "para que se organiza | que es evento | que es este evento | resumeme | resumir | puntos clave | "
        "lo esencial | en pocas palabras | de que va",
        "purpose | objective | objectives | aim | aims | goal | goals | it about | event about | "
        "debate about | dialogue about | meeting about | background | context | summary | why | "
        "reason | what is event | what is this event | point of | gist | key points | main points | "
        "summarise | summarize | overview | in a nutshell | tldr | tl dr",
    ),
    # --- who -----------------------------------------------------------------------------------------
    "ORGANISE": (
        1.0,
        "=organiza | =organizan | =organizara | organizador | organizadores | organizadora | "
        "convoca | convocan | convocante | anfitrion | anfitriones | acoge | acogen | =organizo | "
        "firma | firman | firmo | firmantes | envia la invitacion | envian la invitacion | "
        "envio la invitacion | enviaron la invitacion",
        "sending the invitation | sends the invitation | sent the invitation | send the invitation | "
        "sending the invite | sent the invite | organise | organize | organises | organizes | organised | "
        "organized | organiser | "
        "organizer | organisers | organizers | host | hosts | hosting | hosted | convene | "
        "convenes | convener | behind | signed | signatories | signatory | =signing | =signs",
    ),
    "FUND": (
        1.0,
        "financia | financian | financiado | financiamiento | financiacion | financiador | fondos | "
        "apoyo financiero",
        "fund | funds | funded | funding | funder | funders | financial support | "
        "finance | finances | financed | financing",
    ),
    # Donors as a kind of participant ("can donors join?"); "who are the donors" still means funders.
    "DONOR": (
        1.0,
        "donante | donantes | cooperante | cooperantes | agencia de cooperacion | socio de desarrollo",
        "donor | donors | donor agency | cooperating partner | cooperating partners | development partner",
    ),
    "INVITE": (
        1.0,
        "invitado | invitados | invitada | invitadas | invitan | participantes | participar | "
        "participa | asistir | asisten | asistentes | asistencia | dirigido | dirigida | publico | "
        "destinatarios | quien puede ir | quienes van | tomar parte | formar parte | para quien | "
        "para quienes | va dirigido | unirme | unirse | unirnos | sumarme | sumarnos | relevante para | "
        "pertinente para | de interes para | podemos ir | puedo ir | pueden ir | podriamos ir | solo para | "
        "solamente para | exclusivo para | exclusivamente para | abierto a | abierta a | reservado para | "
        "se dirige | se dirigio | dirigio | destinatario | conviene ir | conviene asistir | "
        "conviene participar | vale la pena ir | vale la pena asistir | vale la pena participar | "
        "bienvenido | bienvenida | bienvenidos | bienvenidas",
        "invited | invite | participants | participate | participation | attend | attending | "
        "attendees | attendance | audience | intended for | open to | target | take part | "
        "is it for | is this for | for whom | debate for | event for | dialogue for | meeting for | "
        "join | relevant for | relevant to | of interest to | come too | only for | just for | "
        "reserved for | exclusively for | addressed to | addressees | to whom | invitation addressed | "
        "letter addressed | is addressed | worth attending | worth going | "
        "worth joining | worth taking part | welcome | welcomed",
    ),
    # Named in a list of the invitation ("¿Venezuela está entre los que…?", "Suriname on the list?").
    "LISTED": (
        0.6,
        "lista | listado | listados | enumerados | entre los que | figura | figuran | aparece | aparecen",
        "list | listed | among | on list | mentioned | named",
    ),
    "STATE": (
        0.6,
        "estado | estados | =pais | =paises | gobierno | gobiernos | delegacion | delegaciones | mision",
        "state | states | countries | government | governments | delegation | delegations | mission",
    ),
    "NGO": (
        1.0,
        "ong | ongs | =organizacion | =organizaciones | sociedad civil | fundacion | fundaciones | "
        "asociacion",
        "ngo | ngos | organisation | organization | organisations | organizations | civil society | "
        "nonprofit | non governmental | foundation | association",
    ),
    # --- languages and contact -----------------------------------------------------------------------
    "LANGUAGE": (
        1.0,
        "idioma | idiomas | lengua | lenguas | ingles | espanol | castellano | frances | arabe | portugues",
        "language | languages | english | spanish | french | arabic | portuguese",
    ),
    "INTERP": (
        1.0,
        "traduccion | traducido | traductor | traductores | interpretacion | interprete | "
        "interpretes | simultanea",
        "translation | translated | translator | translators | interpretation | interpreter | "
        "interpreters | interpreting | simultaneous",
    ),
    "SIGN": (
        1.0,
        "senas | lengua de senas | lenguaje de senas | lengua de signos | lenguaje de signos | sordo | "
        "sordos | sorda | sordas",
        "sign language | signing interpretation | deaf | hard of hearing",
    ),
    "ACCESS": (
        1.0,
        "accesibilidad | accesible | silla de ruedas | movilidad reducida | ajustes razonables",
        "accessibility | accessible | wheelchair | reduced mobility | reasonable accommodation",
    ),
    "CONTACT": (
        1.0,
        "contacto | contactar | contacto | correo | email | e mail | mail | direccion de correo | "
        "direccion electronica | escribir | escribo | "
        "telefono | whatsapp | comunicarme | comunicarse | consultas | consulta | dudas | "
        "punto focal",
        "contact | email | e mail | mail | email address | e mail address | mail address | write | phone | "
        "telephone | reach | get in touch | "
        "enquiries | inquiries | questions to | focal point",
    ),
    "UNKNOWN_Q": (
        1.0,
        "que no se sabe | que falta | que esta pendiente | pendientes | por confirmar | que se desconoce",
        "what is not known | what is unknown | unknown | pending | missing | still open | "
        "to be confirmed | tbc",
    ),
}
