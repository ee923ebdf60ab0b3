## Herramientas de los organizadores: /stats, /export, /find, /registration (en ORGANISER_LANGUAGE)

tools-wrong-chat = Use este comando en el grupo de los organizadores, o en un chat privado conmigo.
tools-unknown-event = No conozco ningún evento llamado «{ $key }». Eventos conocidos: { $known }
tools-no-event = Todavía no hay ningún evento sobre el que informar.

## /stats

stats-title = 📊 <b>{ $title }</b> (<code>{ $key }</code>)
stats-registrations = <b>Inscripciones:</b> { $total } (confirmadas { $confirmed }, retiradas { $withdrawn })
stats-anonymised = Incluye { $count } conservadas solo como recuentos anónimos (borradas a petición de la persona, o purgadas).
stats-unreachable = 📵 { $count ->
        [one] 1 persona inscrita bloqueó el bot: los anuncios y recordatorios no le llegan (hasta que vuelva a escribir al bot).
       *[other] { $count } personas inscritas bloquearon el bot: los anuncios y recordatorios no les llegan (hasta que vuelvan a escribir al bot).
    }
stats-requests = <b>Solicitudes de patrocinio:</b> { $total } (enviadas { $submitted }, lista de espera { $waitlisted }, aprobadas { $approved }, rechazadas { $declined }, retiradas { $withdrawn })
stats-by-country = <b>Confirmadas, por Estado o país</b>
stats-by-delegation = <b>Confirmadas, por delegación</b>
stats-by-language = <b>Confirmadas, por idioma</b>
stats-line = { $label }: { $count }
stats-not-stated = sin indicar
stats-delegation =
    { $type ->
        [state] Delegaciones de Estados
        [io] Organizaciones internacionales
        [ngo] ONG y sociedad civil
       *[other] Otras
    }
stats-language =
    { $code ->
        [en] inglés
        [es] español
       *[other] { $code }
    }
stats-none = Todavía no hay inscripciones, así que no hay gráfico.
stats-chart-over-time = Inscripciones recibidas (total acumulado)
stats-chart-by-country = Inscripciones confirmadas, por Estado o país
stats-chart-count = Inscripciones
stats-chart-others = Otros
stats-chart-caption = 📈 { $title }: inscripciones a lo largo del tiempo, y por Estado o país.

## /export

export-ready =
    📤 <b>{ $title }</b>: { $registrations ->
        [0] ninguna inscripción
        [one] una inscripción
       *[other] { $registrations } inscripciones
    } y { $requests ->
        [0] ninguna solicitud de patrocinio
        [one] una solicitud de patrocinio
       *[other] { $requests } solicitudes de patrocinio
    }.
    Dos archivos CSV (UTF-8) y un libro de Excel. Las horas están en la zona horaria del evento ({ $zone }). En los archivos CSV, el texto escrito por un delegado que empieza como una fórmula de hoja de cálculo (=, +, -, @) lleva delante un apóstrofo, para que ninguna hoja de cálculo lo ejecute; el libro de Excel conserva cada texto tal como se escribió, como texto.
export-sheet-registrations = Inscripciones
export-sheet-requests = Solicitudes de patrocinio
export-col-reference = Referencia
export-col-status = Estado
export-col-registered-at = Inscrito el
export-col-updated-at = Último cambio
export-col-withdrawn-at = Retirada el
export-col-language = Idioma
export-col-full-name = Nombre completo
export-col-position = Cargo
export-col-delegation-type = Tipo de delegación
export-col-country = Código de país
export-col-country-name = País
export-col-organisation = Organización
export-col-email = Correo electrónico
export-col-phone = Teléfono
export-col-attendance-mode = Asistencia
export-col-interpretation-language = Interpretación
export-col-accessibility = Accesibilidad
export-col-accessibility-other = Accesibilidad (detalles)
export-col-dietary = Alimentación
export-col-dietary-other = Alimentación (detalles)
export-col-consent-at = Consentimiento dado el
export-col-request = Referencia de la solicitud
export-col-submitted-at = Enviada el
export-col-decided-at = Decidida el
export-col-party = Estado u organización (código)
export-col-party-name = Estado u organización
export-col-slot = Función
export-col-nominee-self = Autopostulación
export-col-nominee-name = Nombre de la persona propuesta
export-col-nominee-position = Cargo de la persona propuesta
export-col-nominee-email = Correo de la persona propuesta
export-col-departure-city = Ciudad de salida
export-col-accommodation = Alojamiento
export-col-meals = Comidas
export-col-arrival-date = Llegada
export-col-departure-date = Salida
export-col-requested-by = Solicitada por

## /find y /registration

find-usage = Envíe /find seguido de parte de un nombre, un correo electrónico, una organización o una referencia, por ejemplo <code>/find perez</code>.
find-none = Nadie coincide con «{ $query }».
find-results = 🔎 { $total ->
        [one] Una inscripción coincide
       *[other] { $total } inscripciones coinciden
    } con «{ $query }»:
find-line = • <code>{ $reference }</code> { $name } · { $organisation } · { $country } · { $event } ({ $status })
find-more = Se muestran las { $shown } más recientes. Añada palabras para acotar la búsqueda.
find-hint = Envíe <code>/registration REFERENCIA</code> para ver todos los detalles.
find-registration-usage = Envíe /registration seguido de una referencia, por ejemplo <code>/registration RSD-7K3Q</code>.
find-not-found = Ninguna inscripción tiene la referencia «{ $reference }».
find-status =
    { $status ->
        [confirmed] confirmada
       *[withdrawn] retirada
    }
find-detail-title = 👤 <b>{ $reference }</b> · { $title }
find-label-status = Estado
find-label-registered = Inscripción
find-label-updated = Último cambio
find-label-withdrawn = Retirada
find-label-consent = Consentimiento
find-label-language = Idioma de la conversación
find-label-telegram = Id de usuario de Telegram
find-requests-title = <b>Solicitudes de patrocinio</b>
find-request-title = • <b>{ $reference }</b> { $nominee }: { $status }
find-no-requests = Ninguna.

## /help para los organizadores (en el grupo de organizadores y en el chat privado de un organizador)

help-organisers =
    🛠 <b>Comandos de los organizadores</b>
    { $commands }

    Las solicitudes de patrocinio se deciden con los botones de la publicación de cada solicitud en el grupo de organizadores, o con <code>/decide REFERENCIA</code> (la referencia de una solicitud, como <code>S12</code>). Un comando que necesita una referencia o un nombre explica cómo usarlo si se envía solo.
help-organisers-line = /{ $command } – { $description }
