## Recordatorios (enviados como anuncios, en el idioma de cada destinatario) y /notifications

reminder-registration-closes = ⏰ La inscripción se cierra el <b>{ $when }</b>. Usted empezó a inscribirse y no terminó: /register continúa donde lo dejó.
reminder-sponsorship-deadline = ⏰ El plazo para solicitar patrocinio vence el <b>{ $when }</b> y su delegación aún no lo ha solicitado. /myregistration le indica cómo.
reminder-travel-details = ✈️ Su patrocinio está aprobado, pero faltan sus fechas de viaje y sin ellas no se pueden reservar los pasajes. Envíelas antes del <b>{ $when }</b> (contacto: { $contact }).
reminder-event-starts = 📅 El evento empieza mañana: <b>{ $when }</b>.
reminder-your-time = 🕒 En su zona horaria ({ $zone }): <b>{ $when }</b>.
reminder-footer = <i>/notifications desactiva los recordatorios.</i>
notifications-state = { $off ->
        [yes] 🔕 Los recordatorios están <b>desactivados</b>: no recibirá recordatorios de plazos ni del inicio de sus eventos. Los anuncios de los organizadores le siguen llegando.
       *[no] 🔔 Los recordatorios están <b>activados</b>: recibirá un aviso antes de un plazo que le concierna y el día antes de que empiece su evento. Los anuncios de los organizadores siempre le llegan.
    }
notifications-turn-off = 🔕 Desactivar los recordatorios
notifications-turn-on = 🔔 Activar los recordatorios
