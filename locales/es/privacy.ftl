## Derechos de los delegados sobre sus datos: /mydata y /forget

mydata-title =
    🗂 <b>Sus datos</b>
    Esto es todo lo que guardo sobre usted. El archivo adjunto lo contiene todo, completo, en JSON.
mydata-settings-title = <b>Su configuración</b>
mydata-label-language = Idioma
mydata-label-timezone = Zona horaria
mydata-label-event = Evento actual
mydata-label-since = Primer contacto
mydata-label-telegram = Id de usuario de Telegram
mydata-registrations-title = <b>Inscripciones</b>
mydata-registration-title = <b>{ $reference }</b> · { $title } ({ $status })
mydata-requests-title = <i>Solicitudes de patrocinio</i>
mydata-request-title = • { $nominee }: { $status }
mydata-drafts-title = <b>Conversaciones en curso</b>
mydata-draft-line =
    • { $kind ->
        [sponsorship] Solicitud de patrocinio
       *[other] Inscripción
    } para { $title }, iniciada el { $date }
mydata-questions-title = <b>Preguntas que hizo</b>
mydata-question-line = • { $date }: «{ $text }»
mydata-invitations-title = <b>Códigos de invitación que usó</b>
mydata-invitation-line = • { $code } ({ $organisation })
mydata-audit = El registro de acciones también tiene { $count ->
        [one] una entrada
       *[other] { $count } entradas
    } sobre usted o sus inscripciones (en el archivo).
mydata-nothing = No guardo ninguna inscripción, solicitud, conversación ni pregunta suya.
mydata-footer = Para que borre todo esto, envíe /forget.
mydata-file-caption = Sus datos, en JSON.

forget-confirm =
    ⚠️ <b>¿Borrar todos sus datos?</b>
    Borraré: { $registrations ->
        [0] ninguna inscripción
        [one] su inscripción { $references }
       *[other] sus { $registrations } inscripciones ({ $references })
    }, { $requests ->
        [0] ninguna solicitud de patrocinio
        [one] una solicitud de patrocinio (su plaza queda libre)
       *[other] { $requests } solicitudes de patrocinio (sus plazas quedan libres)
    }, { $drafts ->
        [0] ninguna conversación en curso
        [one] una conversación en curso
       *[other] { $drafts } conversaciones en curso
    }, { $questions ->
        [0] ninguna pregunta
        [one] una pregunta
       *[other] { $questions } preguntas
    } y su configuración.

    Los organizadores sabrán qué referencias de inscripción se borraron, sin su nombre. Solo quedan recuentos anónimos (evento, Estado, tipo de delegación, idioma, día). No se puede deshacer.
forget-yes-button = 🗑 Sí, borrar mis datos
forget-no-button = ✖️ No, conservarlos
forget-kept = No se ha borrado nada.
forget-changed = Sus datos han cambiado desde que lo pidió, así que no he borrado nada. Envíe /forget de nuevo para ver qué se borraría ahora.
forget-done = ✅ Hecho: he borrado sus datos. Si me vuelve a escribir, le trataré como a un usuario nuevo.
forget-organisers =
    🗑 Un delegado me pidió borrar sus datos. { $count ->
        [one] Inscripción borrada
       *[other] Inscripciones borradas
    }: { $references } ({ $events }), con sus solicitudes de patrocinio; las plazas que ocupaban vuelven a estar libres. Solo quedan recuentos anónimos.
