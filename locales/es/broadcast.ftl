## Anuncios: lado de los organizadores (ORGANISER_LANGUAGE) y el encabezado que ve cada destinatario

bc-message-header = 📣 <b>{ $title }</b>
bc-start = 📣 <b>Nuevo anuncio</b> para { $title }.
    ¿Quién debe recibirlo? (Cada persona lo recibe en su idioma si lo escribe en ambos).
bc-segment =
    { $code ->
        [all] Todas las personas inscritas
        [states] Delegaciones de Estados
        [one-state] La delegación de un Estado…
        [organisations] Organizaciones
        [lang-es] Quienes usan el español
        [lang-en] Quienes usan el inglés
        [spons-any] Quienes solicitaron patrocinio
        [spons-submitted] Patrocinio: pendiente de decisión
        [spons-approved] Patrocinio: aprobado
        [spons-waitlisted] Patrocinio: lista de espera
        [spons-declined] Patrocinio: denegado
        [spons-none] Delegaciones de Estados sin solicitud de patrocinio
        [travel-missing] Patrocinio aprobado, faltan las fechas de viaje
        [contributors] Pidieron la palabra o enviaron una pregunta
        [support] Pidieron interpretación o apoyo de accesibilidad
        [unfinished] Empezaron a inscribirse y no terminaron
       *[other] { $code }
    }
bc-segment-state = Delegación del Estado: { $country }
bc-ask-country = 🌎 ¿Qué Estado? Responda con su nombre.
bc-country-placeholder = El nombre del Estado
bc-country-unknown = No reconozco «{ $typed }» como un Estado. Responda con su nombre, p. ej. Colombia.
bc-attached = 📎 Adjunto: irá con el texto.
bc-caption-too-long = Con una foto o un documento, Telegram admite como máximo { $limit } caracteres de texto (con el nombre del evento). Acórtelo, por favor.
bc-only = Solo quienes usan { $language ->
        [es] el español
       *[en] el inglés
    } ({ $count })
bc-discard-button = ✖️ Descartar
bc-segment-empty = Todavía no hay nadie en «{ $segment }». Elija otro grupo.
bc-segment-chosen = 👥 <b>{ $segment }</b>: { $count ->
        [one] 1 persona
       *[other] { $count } personas
    } (español { $es }, inglés { $en }){ $unreachable ->
        [0] {""}
       *[other] , y { $unreachable } que bloquearon el bot (se omiten)
    }.
bc-ask-text = { $language ->
        [es] ✍️ Responda con el anuncio <b>en español</b> (se conservan el formato y los enlaces), o /skip para escribirlo solo en inglés. /cancel lo descarta.
       *[en] ✍️ Responda con el anuncio <b>en inglés</b>, o /skip si lo escribió solo en español. /cancel lo descarta.
    }
bc-placeholder = { $language ->
        [es] El anuncio en español
       *[en] El anuncio en inglés
    }
bc-need-text = Escriba el anuncio al menos en un idioma.
bc-use-buttons = Use los botones de arriba, o /cancel para descartar el anuncio.
bc-preview = 👆 Así lo verán los destinatarios.
    <b>{ $count ->
        [one] 1 destinatario
       *[other] { $count } destinatarios
    }</b>: { $es } en español, { $en } en inglés.{ $fallback ->
        [0] {""}
        [one] {" "}1 lo recibe en el otro idioma (el suyo no se escribió).
       *[other] {" "}{ $fallback } lo reciben en el otro idioma (el suyo no se escribió).
    }{ $unreachable ->
        [0] {""}
        [one] {" "}1 persona bloqueó el bot y se omitirá.
       *[other] {" "}{ $unreachable } personas bloquearon el bot y se omitirán.
    }
bc-send-now-button = 📤 Enviar ahora a { $count }
bc-schedule-button = 🕘 Programar
bc-discarded = Anuncio descartado: no se envió nada.
bc-stale = Este anuncio ya no se está redactando.
bc-sending = 📤 El anuncio n.º { $number } se está enviando a { $count ->
        [one] 1 persona
       *[other] { $count } personas
    }. El progreso aparece abajo; /broadcast_cancel { $number } lo detiene.
bc-ask-time = 🕘 ¿Cuándo debe enviarse? Responda con la fecha y la hora de { $zone }, p. ej. <code>{ $example }</code>.
bc-bad-time = No pude leer eso como una fecha y una hora.
bc-past-time = Esa hora ya pasó.
bc-scheduled = 🕘 El anuncio n.º { $number } se enviará el { $when }. /broadcast_cancel { $number } lo cancela.
bc-progress = 📤 <b>Anuncio n.º { $number }</b> · { $title }
    Enviados { $sent } de { $total } · inalcanzables { $unreachable } · fallidos { $failed } · pendientes { $remaining }
    Faltan unos { $minutes } min { $seconds } s.
bc-report = { $status ->
        [cancelled] ⏹ <b>Anuncio n.º { $number } detenido</b>
       *[other] ✅ <b>Anuncio n.º { $number } entregado</b>
    } · { $title }
    Enviados { $sent } de { $total } · inalcanzables (bloquearon el bot) { $unreachable } · fallidos { $failed }{ $cancelled ->
        [0] {""}
       *[other] {" "}· no enviados (detenido) { $cancelled }
    }
bc-list = { $count ->
        [0] 📣 Aún no hay anuncios. /broadcast redacta uno.
        [one] 📣 <b>El último anuncio</b>
       *[other] 📣 <b>Los últimos { $count } anuncios</b>
    }
bc-list-line = <b>n.º { $number }</b> · { $title } · { $status ->
        [scheduled] 🕘 programado para el { $when }
        [sending] 📤 enviándose desde el { $when }
        [done] ✅ enviado el { $when }
        [cancelled] ⏹ detenido
        [skipped] ⏭ no enviado: su momento ya había pasado
       *[other] { $status }
    }
    { $segment } · enviados { $sent } de { $total }, inalcanzables { $unreachable }, fallidos { $failed }{ $cancelled ->
        [0] {""}
       *[other] , no enviados { $cancelled }
    }
bc-cancel-none = No hay ningún anuncio en envío ni programado que detener.
bc-cancelled = ⏹ Anuncio n.º { $number } detenido: { $sent } ya enviados, { $unsent } sin enviar.
bc-reminder-skipped = ⏭ El recordatorio «{ $reminder }» de { $title } no se envió: su momento ({ $when }) pasó mientras el bot no estaba en marcha.
bc-reminder-name =
    { $name ->
        [registration_closes] la inscripción cierra pronto
        [sponsorship_deadline] el plazo de patrocinio vence pronto
        [travel_details] faltan los datos de viaje
        [event_starts] el evento empieza mañana
       *[other] { $name }
    }

## Avisos de cambios (propuestos a los organizadores cuando cambia el archivo de un evento)

change-intro = 🔔 <b>Tenga en cuenta un cambio</b>:
change-line = • { $field }: { $old } → <b>{ $new }</b>
change-field =
    { $field ->
        [dates] Fechas
        [sessions] Sesiones
        [venue] Sede
        [format] Modalidad
        [registration_closes] La inscripción cierra
        [sponsorship_deadline] Solicitudes de patrocinio hasta
       *[other] { $field }
    }
change-format =
    { $format ->
        [in_person] presencial
        [virtual] en línea
        [hybrid] presencial y en línea
       *[other] { $format }
    }
change-not-stated = no indicado
change-to-be-confirmed = por confirmar
change-proposed = 📝 <b>{ $title }</b> cambió en su archivo de evento. Anuncio propuesto para { $count ->
        [one] la persona inscrita
       *[other] las { $count } personas inscritas
    }, tal como lo verán:
change-send-button = 📤 Enviar a { $count ->
        [one] 1 persona inscrita
       *[other] { $count } inscritos
    }
change-edit-button = ✏️ Editar antes
change-sending = 📤 El aviso de cambio (anuncio n.º { $number }) se está enviando a { $count ->
        [one] 1 persona
       *[other] { $count } personas
    }.
change-edit = ✍️ Escriba usted el aviso: puede copiar y editar la propuesta de arriba.
