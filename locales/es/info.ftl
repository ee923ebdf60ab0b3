## Pantallas de programa, patrocinio y logística, horas y /timezone

info-plain = { $text }
info-note = <i>{ $text }</i>
info-link = { $label }: { $url }
info-links-title = 🔗 <b>Enlaces</b>
info-party-role = { $name }: { $role }

info-programme-title = 📅 <b>Programa</b>
    { $title }
info-dates = <b>Fechas:</b> { $when }
info-dates-approximate = <b>Fechas (aproximadas):</b> { $when }
info-duration = <b>Duración:</b> { $note }
info-no-times = 🕒 Todavía no se han publicado los horarios de las sesiones.
info-sessions-title = 🕒 <b>Sesiones</b>
info-session = • <b>{ $title }</b>
info-timezone-hint = <i>Para ver también las horas en su zona horaria, envíe /timezone seguido de su ciudad o país.</i>
info-range = { $start }–{ $end } ({ $zone })
info-range-also = = { $start }–{ $end } ({ $zone })
info-range-yours = = { $start }–{ $end } en su zona horaria ({ $zone })
info-range-there = { $title }: { $start }–{ $end } ({ $zone })
info-no-agenda = 📋 La agenda todavía no figura en la información del evento.
info-agenda-title = 📋 <b>Agenda</b>
info-agenda-item = { $number }. { $text }
info-agenda-sub = { "   " }{ $label }) { $text }
info-speakers-title = 🎤 <b>Apertura, moderación y conclusiones</b>
info-field-visit = 🚌 <b>Visita de campo:</b> { $text }
info-background-title = 📜 <b>Antecedentes</b>
info-ics-button = 📆 Añadir a mi calendario (.ics)
info-ics-caption = Sesiones de «{ $title }», con sus horarios (abra el archivo para añadirlas a su calendario).
info-ics-none = Este evento todavía no tiene horarios de sesiones, así que no hay archivo de calendario.

info-logistics-title = 📍 <b>Logística</b>
    { $title }
info-place = <b>Lugar:</b> { $place }
info-place-unknown = <b>Lugar:</b> la invitación no lo indica.
info-venue = <b>Sede:</b> { $name }
info-venue-address = <b>Sede:</b> { $name }, { $address }
info-venue-tbc = <b>Sede:</b> por confirmar.
info-format = <b>Modalidad:</b> { $format }
info-format-unknown = <b>Modalidad:</b> no se indica (la invitación no dice si es presencial o en línea).
info-hosts = <b>Anfitrión:</b> { $names }
info-languages = 🗣 <b>Idiomas:</b> { $names }
info-languages-unknown = 🗣 <b>Idiomas:</b> no se indican.
info-interpretation = <b>Interpretación:</b> { $names }
info-interpretation-none = <b>Interpretación:</b> no habrá.
info-interpretation-unknown = <b>Interpretación:</b> no se indica.
info-sign-yes = <b>Lengua de señas:</b> sí.
info-sign-no = <b>Lengua de señas:</b> no.
info-sign-unknown = <b>Lengua de señas:</b> no se indica.
info-contact-title = ✉️ <b>Contacto</b>
info-contact-email = Correo electrónico: { $email }
info-contact-url = Web: { $url }
info-open-points-title = ❔ <b>Lo que aún no se sabe</b>

info-sponsorship-title = ✈️ <b>Patrocinio</b>
    { $title }
info-sponsorship-none = La invitación no menciona ningún patrocinio para participantes en este evento.
info-sponsorship-funder = <b>Financiado por:</b> { $funder }
info-sponsorship-who-title = <b>Quién puede solicitarlo</b>
info-sponsorship-states = Los Estados Parte enumerados en la invitación: { $states }.
info-sponsorship-orgs-invited = Organizaciones: solo por invitación. { $note }
info-sponsorship-orgs = Organizaciones: { $note }
info-sponsorship-per-org = { $n ->
    [one] Un participante por organización.
   *[other] { $n } participantes por organización.
}
info-sponsorship-covers = <b>Qué cubre:</b> { $items }.
info-sponsorship-nominations-title = <b>Nominaciones</b>
info-sponsorship-max = { $n ->
    [one] Hasta un funcionario por Estado.
   *[other] Hasta { $n } funcionarios por Estado.
}
info-sponsorship-slot = { $role }
info-sponsorship-slot-extra = { $role } (sujeta a disponibilidad)
info-sponsorship-extra-mark = sujeta a disponibilidad
info-sponsorship-deadline = <b>Plazo:</b> { $when }
info-sponsorship-how = <b>Cómo solicitarlo:</b> { $text }
info-sponsorship-orgs-invited-short = Organizaciones: solo por invitación.
info-sponsorship-orgs-short = Organizaciones: también pueden solicitarlo.
info-sponsorship-orgs-title = 🏢 <b>Organizaciones</b>
info-sponsorship-note-title = 🗒 <b>Nota</b>
info-cover-economy-air-travel = viaje aéreo en clase económica
info-cover-accommodation = alojamiento
info-cover-meals = comidas
info-cover-daily-allowance = una asignación diaria (viáticos)
info-cover-local-transport = transporte local
info-cover-visa-costs = gastos de visado
info-cover-travel-insurance = seguro de viaje

## Las partes siguientes de las pantallas: un botón cada una, y la vuelta a la primera parte de la pantalla
info-part-agenda = 📋 Agenda
info-part-speakers = 🎤 Intervenciones
info-part-field-visit = 🚌 Visita de campo
info-part-background = 📜 Antecedentes
info-part-links = 🔗 Enlaces
info-part-languages = 🗣 Idiomas
info-part-hosts = 🏛 Anfitrión
info-part-open-points = ❔ Aún no se sabe
info-part-nominations = 👥 Nominaciones
info-part-organisations = 🏢 Organizaciones
info-part-note = 🗒 Nota
info-back-programme = ⬅️ Volver al programa
info-back-sponsorship = ⬅️ Volver al patrocinio
info-back-logistics = ⬅️ Volver a la logística

info-deadline-open = { $when } ({ $zone }): cierra { $left }
info-deadline-closed = { $when } ({ $zone }): cerrado
info-deadline-yours = = { $when } en su zona horaria ({ $zone })
info-left-days = { $n ->
    [one] dentro de { $n } día
   *[other] dentro de { $n } días
}
info-left-hours = { $n ->
    [one] dentro de { $n } hora
   *[other] dentro de { $n } horas
}

info-timezone-ask = ¿En qué ciudad o país está? Envíe, por ejemplo, <code>/timezone Lima</code>, <code>/timezone Suiza</code> o <code>/timezone UTC-5</code>.
info-timezone-current = Su zona horaria es ahora: { $zone }.
info-timezone-set = Listo: también le mostraré las horas en su zona horaria ({ $zone }). Allí son ahora las { $now }.
info-timezone-unknown = No encontré «{ $place }». Pruebe con una ciudad cercana, su país o un desfase como UTC-5.
info-timezone-cleared = Listo: solo le mostraré las horas en la zona horaria del evento.
