## Respuestas a preguntas escritas (cada dato procede del archivo del evento)

answer-plain = { $text }
answer-about = ℹ️ Sobre <b>{ $title }</b>:
answer-premise-other = 📅 { $when } corresponde a otro evento: <b>{ $title }</b>.
answer-event-order = 📅 Primero fue <b>{ $first }</b> ({ $first_when }); después, <b>{ $second }</b> ({ $second_when }).
answer-convention = 📜 «La Convención» es la { $name }.
answer-which-event = ¿A qué evento se refiere? Elija uno:
answer-which-is = 📌 Es <b>{ $title }</b>: { $when }{ $where }.
answer-dont-know = No tengo esa información en los datos de este evento, y no voy a adivinarla.
answer-ask-email = Puede consultar a los organizadores en { $email }, o puedo transmitirles su pregunta.
answer-ask-url = La invitación no da una dirección de correo electrónico; para información actualizada, consulte { $url }. También puedo transmitir su pregunta a los organizadores.
answer-ask-other = { $text } También puedo transmitir su pregunta a los organizadores.
answer-open-point = ❔ { $text }

answer-when = 📅 { $when }
answer-when-approx = 📅 { $when }. Las fechas exactas aún no están confirmadas.
answer-duration = ⏳ { $note }
answer-duration-days = { $n ->
    [one] ⏳ Un día: { $when }.
   *[other] ⏳ { $n } días: { $when }.
}
answer-session-length = { $n ->
    [one] ⏳ Dura { $length }.
   *[other] ⏳ Cada sesión dura { $length }.
}
answer-past = Este evento ya se celebró.
answer-no-times = 🕒 Los horarios de las sesiones aún no se conocen: la información del evento no los indica.
answer-time-there = 🕒 En la zona horaria que pregunta:
answer-time-event = Según lo anunciado:
answer-agenda-unknown = 📋 La agenda (el contenido del programa) todavía no figura en la información del evento.
answer-speakers = 🎤 Apertura, moderación y conclusiones:
answer-speakers-unknown = La información del evento no nombra a los ponentes.
answer-panel-unknown = La información del evento no nombra a los panelistas ni a los ponentes; solo indica quién inaugura, modera y presenta las conclusiones.
answer-sessions-count = { $n ->
    [1] Una sesión.
    [2] Dos sesiones.
    [3] Tres sesiones.
   *[other] { $n } sesiones.
}
answer-field = 🚌 { $text }
answer-field-unknown = La información del evento no menciona ninguna visita de campo.
answer-purpose = 🎯 { $text }

answer-where = 📍 { $place }
answer-where-unknown = 📍 La invitación no indica dónde se celebra el evento.
answer-venue-tbc = La sede está por confirmar.
answer-format = Modalidad: { $format }.
answer-format-unknown = La invitación no indica si es presencial o en línea.
answer-remote-unknown = La invitación no menciona la participación a distancia (en línea).
answer-connect-unknown = 💻 La información del evento no indica la plataforma ni los datos de conexión.
answer-access-unknown = ♿ La información del evento no describe medidas de accesibilidad.
answer-access-registration = La inscripción pregunta por las necesidades de accesibilidad.
answer-organisers = 🏛 Organizan:
answer-hosts = Anfitrión:
answer-signed = La invitación la firman { $names }.
answer-signatories = ✍️ Firman la invitación:
answer-signatory = { $name }: { $role }
answer-signatory-of = { $name }: { $role } ({ $organisation })
answer-funders = 💶 Apoyo financiero:
answer-funders-unknown = La información del evento no indica quién lo financia.
answer-encouraged = Se alienta especialmente a asistir a:
answer-addressees = La invitación se dirige a:
answer-participants-unknown = La información del evento no indica quién está invitado.
answer-open-points = ❔ Lo que aún no se sabe:
answer-open-none = La información del evento no indica nada pendiente.

answer-sponsorship = ✈️ El patrocinio lo financia { $article ->
        [el] el { $funder }
        [la] la { $funder }
        [los] los { $funder }
        [las] las { $funder }
       *[none] { $funder }
    }.
answer-not-covered = La invitación no incluye { $item } entre lo que cubre el patrocinio.
answer-amount-unknown = La información del evento no indica montos.
answer-state-eligible = ✅ { $state } figura entre los Estados que pueden solicitar patrocinio.
answer-state-listed-as = • Figura entre: { $text }
answer-state-not-listed = { $state } no figura entre los Estados que la invitación enumera para el patrocinio ({ $states }). No se indica si aun así puede solicitarlo.
answer-nominations-unknown = La invitación no indica cuántas personas pueden recibir patrocinio.
answer-ngo-unknown = La invitación no indica si las organizaciones pueden recibir patrocinio.
answer-registration-unknown = La información del evento no indica cómo inscribirse.
answer-registration-url = 📝 Inscripción: { $url }
answer-registration-closes = Plazo de inscripción: { $when }
answer-registration-email = La invitación pide enviar la confirmación de participación por correo electrónico a { $email }.
answer-agenda-topic = 🎯 { $text }
answer-registration-bot = También puede confirmar su participación aquí, con el botón 📝 Inscribirse del menú.
answer-registration-closed = La inscripción a través de este asistente está cerrada.
answer-registration-deadline-unknown = La invitación no indica un plazo de inscripción.
answer-floor-unknown = La invitación no indica cómo pedir la palabra o enviar preguntas.

answer-unknown-hotel = 🏨 La información del evento no indica ningún hotel.
answer-hotel-sponsored = El patrocinio, para quienes lo reciban, cubre el alojamiento.
answer-unknown-visa = 🛂 La información del evento no dice nada sobre visados ni requisitos de entrada.
answer-unknown-dress = 👔 La información del evento no menciona ningún código de vestimenta.
answer-unknown-transfer = 🚕 La información del evento no menciona traslados desde el aeropuerto ni transporte local.
answer-unknown-recording = 🎥 La información del evento no indica si se grabará o transmitirá.
answer-unknown-parking = 🅿️ La información del evento no menciona estacionamiento.
answer-unknown-health = 🩺 La información del evento no menciona requisitos sanitarios.
answer-unknown-companion = La información del evento no indica si pueden asistir acompañantes.
answer-unknown-certificate = La información del evento no menciona certificados de asistencia.
answer-unknown-weather = La información del evento no dice nada sobre el clima.
answer-unknown-security = La información del evento no dice nada sobre medidas de seguridad.
answer-unknown-money = La información del evento no dice nada sobre la moneda ni los pagos en el lugar.
answer-unknown-diet = La información del evento no menciona opciones de alimentación especiales.
answer-unknown-wifi = La información del evento no menciona acceso a internet ni equipos.
answer-sign-which-unknown = La invitación indica que habrá lengua de señas, pero no cuál.
answer-day-order-unknown = La invitación aún no indica qué día se dedica a cada tema.
answer-unknown-interpreters = La información del evento no dice nada sobre la contratación de intérpretes ni sobre lo que se les ofrece.
answer-unknown-press = La invitación no dice nada sobre la prensa: si los periodistas pueden asistir o cubrir el evento, la acreditación o un contacto de prensa.
answer-unknown-arrival = La información del evento no indica fechas de llegada ni de salida para los participantes.
answer-docs-translation-unknown = La invitación no dice si los documentos se traducirán.
answer-unknown-pledges = La información del evento no dice si se harán o anunciarán compromisos de financiación.
answer-unknown-booking = La información del evento no dice quién compra los pasajes ni si se reembolsan los gastos.
answer-unknown-fee = La información del evento no menciona ninguna cuota de participación.
answer-unknown-perdiem = 💵 La información del evento no indica viáticos (asignación diaria) ni montos.
answer-unknown-insurance = La información del evento no menciona seguros.
answer-unknown-bring = 🎒 La información del evento no indica qué deben llevar los participantes.
answer-unknown-share = La información del evento no indica si se compartirán después las presentaciones o los documentos.
answer-unknown-publish = La invitación no indica si sus textos pueden publicarse o citarse.
answer-unknown-selffund = La información del evento no indica si pueden asistir por su cuenta personas distintas de las nominadas para patrocinio.

answer-greet = ¡Hola! Pregúnteme lo que necesite sobre «{ $title }»: fechas y horarios, lugar, agenda, idiomas, patrocinio, inscripción…
answer-thanks = ¡De nada!
answer-help = Pregúnteme por las fechas y horarios, el lugar, la agenda, los idiomas y la interpretación, el patrocinio o la inscripción, con sus propias palabras. O elija en el menú de abajo.
answer-complaint = Lamento que mi respuesta no le haya servido. Solo respondo con la información del evento, y lo digo cuando no contiene lo que pregunta.

answer-ask-prompt = ❓ Escriba su pregunta con sus propias palabras, en español o en inglés, por ejemplo: «¿Cuándo empieza?», «¿Hay interpretación?», «¿Quién paga el vuelo?».
answer-relay-button = 📨 Transmitir mi pregunta a los organizadores
answer-relay-done = 📨 Listo: su pregunta se transmitirá a los organizadores. La respuesta vendrá de ellos.
answer-relay-missing = Ya no encuentro esa pregunta. Por favor, escríbala de nuevo.
answer-pick-again = Por favor, escriba de nuevo su pregunta.

answer-title = 📛 Título completo: { $title }
answer-short-title = Título abreviado: { $title }
answer-invitation-date = ✉️ La invitación tiene fecha del { $date }.
answer-invitation-date-unknown = La invitación no lleva fecha.
answer-preparation-unknown = La información del evento no indica qué deben preparar los participantes.
answer-unknown-attendance = 👥 La información del evento no indica cuántas personas asistirán.
answer-unknown-total = 👥 La invitación no da un total: solo da, cuando las da, las cifras por Estado u organización.
answer-passage = 📄 Según la información del evento: «{ $text }»
answer-yes = Sí.
answer-no = No.
answer-economy-only = ✈️ Solo clase económica: el patrocinio cubre el pasaje aéreo en clase económica, no en business.
answer-more-button = 📖 La sección completa
answer-attendance-unlimited = 👥 La invitación no limita cuántas personas puede enviar un Estado para asistir. El límite es para el patrocinio:
answer-acronym = 🔤 { $short } significa «{ $long }».
answer-unknown-donate = 💶 La información del evento no indica cómo podrían los donantes aportar fondos.
answer-unknown-group = 👥 La información del evento no indica cuántas personas de una misma institución u organización pueden inscribirse o participar.
answer-funding-amount-unknown = 💶 La invitación no indica el monto de la financiación.
answer-clearance-deadlines-unknown = La invitación no indica las fechas de los plazos de desminado de los Estados en virtud del artículo 5.
answer-unknown-observers = 👁 La información del evento no menciona la asistencia en calidad de observador.
answer-agenda-count = { $n } puntos ({ $word }).
answer-not-mentioned = No se menciona en la información del evento: { $names }.

## Recuentos de lo que enumera la invitación (bot/answers/counting.py)
answer-number = { $n ->
    [1] uno
    [2] dos
    [3] tres
    [4] cuatro
    [5] cinco
    [6] seis
    [7] siete
    [8] ocho
    [9] nueve
    [10] diez
    [11] once
    [12] doce
   *[other] { $n }
}
answer-count-signed = ✍️ La invitación la firman { $word } personas:
answer-count-line = 🔢 Son { $word }: { $text }.
answer-count-states = 🔢 La invitación enumera { $word } Estados Parte: { $names }.
answer-count-subitems = 🔢 El punto { $number } enumera { $word }:
answer-count-section = 🔢 «{ $title }»: { $word } puntos, del { $first } al { $last }.
answer-count-interpretation = 🔢 Interpretación a { $word } idiomas.
answer-count-languages = 🔢 { $word } idiomas.
answer-count-hours = 🔢 En total, { $word } horas.
answer-term-unknown = La información del evento no emplea ni explica «{ $term }».
answer-heading = 📋 Bajo «{ $title }», la agenda enumera:
