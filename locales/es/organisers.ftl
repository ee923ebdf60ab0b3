## Mensajes en el grupo de los organizadores (y sus copias por correo), en ORGANISER_LANGUAGE

org-reg-head =
    { $change ->
        [changed] ✏️ <b>Inscripción modificada</b>
        [withdrawn] 🗑 <b>Inscripción retirada</b>
       *[new] 🆕 <b>Nueva inscripción</b>
    } · { $reference } · { $title }
org-reg-body =
    Nombre: { $name }
    Cargo: { $position }
    Delegación: { $delegation } · { $country }
    Organización: { $organisation }
    Correo: { $email }
    Idioma: { $language }
org-reg-floor = 🎙 { $kind ->
        [floor] Pide la palabra para compartir experiencias
       *[question] Tiene una pregunta para el debate
    }
org-reg-floor-topic = « { $topic } »
org-reg-changed = Cambió: { $fields }
org-field-answers = respuestas a las preguntas del evento

org-spons-head =
    { $change ->
        [withdrawn] 🗑 <b>Solicitud de patrocinio retirada</b>
       *[submitted] ✈️ <b>Solicitud de patrocinio</b>
    } · { $request } · { $reference } · { $title }
org-spons-body =
    Persona nominada: { $nominee } ({ $position }), { $email }
    Solicitada por: { $requester } · { $party }
    Función: { $slot }
    Sale de: { $city } · Alojamiento: { $accommodation } · Comidas: { $meals }
    Viaje: { $arrival } – { $departure }
    Estado: { $status }
org-spons-decided =
    { $status ->
        [approved] ✅ Aprobada
        [declined] ✖️ Rechazada
       *[waitlisted] ⏳ En lista de espera
    } por { $name }, { $when }
org-spons-withdrawn = 🗑 Retirada por la persona delegada, { $when }
org-btn-approve = ✅ Aprobar
org-btn-decline = ✖️ Rechazar
org-btn-waitlist = ⏳ Lista de espera
org-btn-change = ✏️ Cambiar la decisión
org-spons-reason = Motivo: { $reason }

org-question-head = ❓ <b>Pregunta de una persona delegada</b> · { $question } · { $title }
org-question-body =
    Idioma: { $language }{ $reference }

    « { $text } »
org-question-reference = {" "}· inscripción { $reference }
org-question-hint = Responda a este mensaje para contestar: su respuesta se envía a la persona delegada.
org-question-answered =
    ✅ Respondida por { $name }, { $when }:
    { $answer }
org-question-faq = 📚 Añadida a las preguntas frecuentes por { $name }, { $when }
org-btn-faq = 📚 Añadir a las preguntas frecuentes

org-yes = sí
org-no = no
org-none = —
org-status =
    { $status ->
        [submitted] enviada (plaza reservada)
        [waitlisted] en lista de espera
        [approved] aprobada
        [declined] rechazada
       *[withdrawn] retirada
    }

## Respuestas a los botones y respuestas de los organizadores

org-stale = Este botón ya no es válido; no se cambió nada.
org-decision-done =
    { $status ->
        [approved] Aprobada.
        [declined] Rechazada.
       *[waitlisted] Puesta en lista de espera.
    }
org-decision-already = Ya lo decidió { $name }, { $when }: { $status }. No se cambió nada.
org-decision-now = Esta solicitud ahora está { $status }. No se cambió nada.
relay-already-answered = { $name } ya respondió a esta pregunta ({ $when }). Su respuesta no se envió.
relay-gone = Esta pregunta ya no está en el bot (quizá su autor borró sus datos).
relay-faq-done = Añadida a las preguntas frecuentes: quien vuelva a preguntarlo recibirá la respuesta enseguida.
relay-faq-already = { $name } ya la añadió a las preguntas frecuentes. No se cambió nada.
relay-faq-unanswered = Primero responda a la pregunta (con una respuesta a su mensaje) y luego añádala a las preguntas frecuentes.

## Confirmar y cambiar decisiones (botones de la publicación de una solicitud, /decide)

org-decide-confirm =
    ¿{ $status ->
        [approved] ✅ <b>Aprobar</b>
        [declined] ✖️ <b>Rechazar</b>
       *[waitlisted] ⏳ <b>Poner en lista de espera</b>
    } la solicitud de patrocinio <b>{ $request }</b> ({ $nominee }, { $party })?
    { $reasons ->
        [0] Confirme abajo, o indique un motivo con sus propias palabras:
       *[other] Elija el motivo que leerá la persona delegada (en su idioma), confirme sin motivo, o indique un motivo con sus propias palabras:
    } <code>/decide { $request } { $verb } …</code>
org-decide-verb =
    { $status ->
        [approved] aprobar
        [declined] rechazar
       *[waitlisted] espera
    }
org-btn-confirm =
    { $status ->
        [approved] ✅ Aprobar sin motivo
        [declined] ✖️ Rechazar sin motivo
       *[waitlisted] ⏳ Lista de espera sin motivo
    }
org-btn-cancel = Cancelar
org-decide-asked = Confirme abajo.
org-decide-done =
    { $status ->
        [approved] ✅ Solicitud de patrocinio <b>{ $request }</b> aprobada por { $name }.
        [declined] ✖️ Solicitud de patrocinio <b>{ $request }</b> rechazada por { $name }.
       *[waitlisted] ⏳ Solicitud de patrocinio <b>{ $request }</b> puesta en lista de espera por { $name }.
    } Se avisa a la persona delegada{ $reason ->
        [yes] , con el motivo.
       *[no] .
    }
org-decide-cancelled = No se cambió nada: la solicitud de patrocinio { $request } sigue { $status }.
org-decide-choose =
    Solicitud de patrocinio <b>{ $request }</b> · { $nominee } · { $party }: { $status }.
    { $decided ->
        [yes] Elija la nueva decisión:
       *[no] Elija la decisión:
    }
org-decide-usage = Uso: <code>/decide REFERENCIA</code> (botones para elegir), o <code>/decide REFERENCIA aprobar|rechazar|espera [motivo con sus propias palabras]</code>, por ejemplo <code>/decide S12 rechazar La nominación llegó después del plazo.</code> La referencia de una solicitud (S12) figura en su publicación, en /registration y en las exportaciones.
org-decide-unknown = Ninguna solicitud de patrocinio tiene la referencia «{ $reference }».
org-decide-which = { $reference } tiene varias solicitudes de patrocinio: { $requests }. Envíe /decide con una de ellas.
org-decide-none = { $reference } no tiene ninguna solicitud de patrocinio.
org-decide-closed = La persona delegada retiró la solicitud de patrocinio { $request }: no hay nada que decidir.
org-decide-same = La solicitud de patrocinio { $request } ya está { $status }. No se cambió nada.

## Comandos de los organizadores

org-invite-usage =
    Uso: <code>/invite EVENTO [ORGANIZACIÓN]</code>, por ejemplo <code>/invite rsd2026 Red de Sobrevivientes</code>.
    Eventos: { $events }
org-invite-unknown = No conozco el evento «{ $key }». Eventos: { $events }
org-invite-not-needed = { $title } no patrocina organizaciones por invitación: no hace falta ningún código.
org-invite-unnamed = (organización sin nombre)
org-invite-too-long = El nombre de esa organización tiene { $length } caracteres; acórtelo a { $max } caracteres como máximo.
org-invite-done =
    🎟 Código de invitación para <b>{ $organisation }</b> · { $title }:
    <code>{ $code }</code>

    Envíelo a la organización con estas instrucciones: abrir { $link } en Telegram, confirmar la participación como ONG u organización internacional, pulsar «Solicitar patrocinio» e introducir el código. Cada código solo lo puede usar una persona.

org-audit-usage = Uso: <code>/audit REFERENCIA</code>: la referencia de una inscripción (p. ej. RSD-7K3Q, con sus solicitudes de patrocinio), la de una solicitud de patrocinio (S12), un código de invitación (INV-…) o una pregunta transmitida (Q12).
audit-none = No hay nada en el registro sobre { $ref }.
audit-head = 🗂 <b>Historial de { $ref }</b>
audit-line = { $when } · <b>{ $action }</b> · { $who }{ $changes }
audit-change = { $key }: { $before } → { $after }
audit-who =
    { $kind ->
        [organiser] { $name }
        [delegate] la persona delegada
       *[system] el bot
    }
audit-action =
    { $action ->
        [registration-confirmed] inscripción confirmada
        [registration-changed] inscripción modificada
        [registration-withdrawn] inscripción retirada
        [sponsorship-submitted] solicitud de patrocinio { $request } presentada (plaza reservada)
        [sponsorship-waitlisted] solicitud de patrocinio { $request } en lista de espera
        [sponsorship-approved] solicitud de patrocinio { $request } aprobada
        [sponsorship-declined] solicitud de patrocinio { $request } denegada
        [sponsorship-withdrawn] solicitud de patrocinio { $request } retirada
        [invitation-issued] invitación emitida
        [invitation-used] invitación usada para la solicitud de patrocinio { $request }
        [question-requested] pregunta transmitida por la persona delegada
        [question-relayed] pregunta publicada para los organizadores
        [question-answered] pregunta respondida
        [question-added_to_faq] respuesta añadida a las preguntas frecuentes
       *[other] { $action }
    }

## Mensajes a las personas delegadas, en su idioma

notify-decision =
    { $status ->
        [approved] ✅ Su solicitud de patrocinio para { $nominee } ({ $title }) ha sido <b>aprobada</b>.
        [declined] Su solicitud de patrocinio para { $nominee } ({ $title }) ha sido denegada.
       *[waitlisted] ⏳ Su solicitud de patrocinio para { $nominee } ({ $title }) está en <b>lista de espera</b>: se le avisará aquí si se aprueba.
    }
notify-nominee-decision =
    { $status ->
        [approved] ✅ La solicitud de patrocinio que { $requester } presentó para usted ({ $title }) ha sido <b>aprobada</b>.
        [declined] La solicitud de patrocinio que { $requester } presentó para usted ({ $title }) ha sido denegada.
       *[waitlisted] ⏳ La solicitud de patrocinio que { $requester } presentó para usted ({ $title }) está en <b>lista de espera</b>: se le avisará aquí si se aprueba.
    }
notify-nominee-mail =
    Solicitud de patrocinio a su nombre: { $title }

    A la atención de { $nominee }:

    { $requester } pidió a los organizadores que patrocinen su participación ({ $title }). { $status ->
        [approved] La solicitud ha sido <b>aprobada</b>.
        [declined] La solicitud ha sido denegada.
       *[waitlisted] La solicitud está en <b>lista de espera</b>: se le avisará por correo electrónico si se aprueba.
    }
notify-decision-changed = 🔄 Los organizadores cambiaron su decisión sobre una solicitud de patrocinio.
notify-decision-reason = Motivo: { $reason }
notify-decision-contact = Para cualquier consulta: { $contact }
notify-answer =
    📬 <b>Los organizadores respondieron a su pregunta</b>
    « { $question } »

    { $answer }
relay-faq-answer =
    💬 Los organizadores ya respondieron a esta pregunta:

    { $text }

## El grupo de los organizadores: varios avisos en un solo mensaje (un bot solo puede publicar 20 mensajes
## por minuto en un grupo), y el correo enviado cuando el bot no puede publicar allí

org-digest-head = 📋 <b>{ $count ->
        [one] Un aviso
       *[other] { $count } avisos
    } en un solo mensaje</b> (un bot solo puede publicar 20 mensajes por minuto en un grupo)
org-digest-event = <b>{ $title }</b>
org-digest-registration =
    { $change ->
        [changed] ✏️ Inscripción modificada
        [withdrawn] 🗑 Inscripción retirada
       *[new] 🆕 Nueva inscripción
    } · { $reference } · { $name } · { $country }
org-digest-sponsorship =
    { $change ->
        [withdrawn] 🗑 Solicitud de patrocinio retirada
       *[submitted] ✈️ Solicitud de patrocinio
    } · { $request } · { $reference } · { $nominee }
org-digest-forgotten = 🗑 Datos borrados a petición: { $references }
org-unreachable =
    ⚠️ <b>No puedo publicar en el grupo de los organizadores</b> ({ $chat })
    Desde { $since }, Telegram responde: { $error }.
    Los avisos para el grupo se guardan y se reintentan, y se publicarán en cuanto pueda volver a escribir allí (los reintentos se detienen al cabo de unas cinco horas). Comprueben que el bot sigue siendo miembro del grupo y puede enviar mensajes en él, y que el identificador del grupo (ORGANISER_CHAT_ID, o el organiser_chat_id del evento) es correcto. Reciben este correo una sola vez por interrupción.
