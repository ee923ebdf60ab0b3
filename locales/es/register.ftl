## Conversaciones guiadas (inscripción y solicitudes de patrocinio): piezas comunes

flow-progress = <i>{ $number }/{ $total }</i>
flow-current = <i>Respuesta actual: { $value }</i>
flow-optional-hint = <i>Opcional: pulse «Omitir» si prefiere no responder.</i>
flow-country-hint =
    <i>{ $buttons ->
        [yes] Pulse el botón de su país o escriba su nombre.
       *[no] Escriba el nombre del país, en español o en inglés.
    }</i>
flow-option-detail = <b>{ $label }.</b> { $detail } <i>({ $note })</i>
flow-option-with-note = { $label } · { $note }
flow-summary-line = <b>{ $label }:</b> { $value }
flow-skipped = —
flow-none-selected = Ninguna
flow-confirm = ✅ Confirmar
flow-edit = ✏️ Cambiar una respuesta
flow-cancel = ✖️ Cancelar
flow-edit-which = ¿Qué respuesta desea cambiar?
flow-back-to-summary = ↩️ Volver al resumen
flow-skip = ⏭ Omitir
flow-toggle-on = ☑️ { $label }
flow-toggle-off = ⬜ { $label }
flow-none = Ninguna de estas
flow-done = ✅ Listo
flow-resume = ▶️ Continuar donde lo dejé
flow-start-over = 🔄 Empezar de nuevo
flow-when = { $time } (hora de { $zone })

flow-hint-text = Aquí solo puedo leer texto. Escriba su respuesta o use los botones.
flow-hint-buttons = Elija uno de los botones de abajo.
flow-stale = Ese botón corresponde a un paso anterior. La pregunta abierta ahora es mi último mensaje.
flow-stale-paused =
    Ese botón pertenece a una conversación que ya terminó. Lo que está abierto ahora: su { $kind ->
        [sponsorship] solicitud de patrocinio
       *[other] inscripción
    }, en pausa y con sus respuestas guardadas. ¿Desea continuar donde lo dejó o empezar de nuevo?
flow-stale-nothing-open = Ese botón pertenece a una conversación que ya terminó, y ahora no hay nada abierto. Este es el menú.
flow-language-offer = Por supuesto. ¿En qué idioma seguimos? Sus respuestas se conservan.
flow-gone = Esta conversación ya no puede continuar (el evento o su inscripción han cambiado). No se guardó nada de ella.
flow-country-suggest = No encontré ese país. ¿Quiso decir alguno de estos? Si no, escriba de nuevo el nombre.
flow-cancelled = Detenido. Se descartaron las respuestas de esta conversación; lo que ya había confirmado no cambia.
flow-nothing-to-cancel = No hay nada que cancelar.
flow-paused =
    ⏸ He pausado su { $kind ->
        [sponsorship] solicitud de patrocinio
       *[other] inscripción
    }. Sus respuestas se conservan.
flow-paused-found =
    Tiene una { $kind ->
        [sponsorship] solicitud de patrocinio
       *[other] inscripción
    } en curso. ¿Continuar donde lo dejó o empezar de nuevo?
flow-expired =
    ⏸ Su { $kind ->
        [sponsorship] solicitud de patrocinio
       *[other] inscripción
    } para <b>{ $title }</b> lleva { $minutes } minutos esperando respuesta, así que la he pausado. Sus respuestas se conservan: continúe cuando quiera.

flow-error-question = Eso parece una pregunta. Responderé preguntas cuando terminemos (o envíe /cancel para detenerse). Responda a la pregunta de arriba.
flow-error-name = Escriba el nombre completo, solo con letras (como máximo { $max } caracteres).
flow-error-text = Escriba una respuesta breve con palabras (como máximo { $max } caracteres).
flow-error-too-long = Tiene { $length } caracteres; acórtelo a { $max } caracteres como máximo.
flow-error-email = Eso no parece una dirección de correo electrónico. Escríbala así: nombre@ejemplo.org.
flow-error-phone = Ese no parece un número de teléfono válido. Revise los dígitos; un número de otro país empieza por su código de país (+…).
flow-error-country = No reconocí ese país. Escriba su nombre en español o en inglés (por ejemplo «Perú» o «Peru») o pulse un botón.
flow-error-date = No pude leer esa fecha. Escríbala, por ejemplo, como 3/5 (día/mes) o «3 de mayo».
flow-error-date-window = Indique una fecha entre el { $start } y el { $end }.
flow-error-date-order = La salida no puede ser anterior a la llegada ({ $arrival }). Indique otra fecha.
flow-error-date-after-departure = La llegada no puede ser posterior a la salida ({ $departure }). Indique otra fecha, o cambie después la salida.

## Inscripción (confirmación de participación)

reg-intro =
    📝 <b>{ $counts_as ->
        [notice] Inscripción
       *[other] Confirmación de participación
    }: { $title }</b>
    { $note }

    Le haré unas preguntas, de una en una. Puede enviar /cancel en cualquier momento.
reg-external = Los organizadores también tienen su propia página de inscripción: { $url }
reg-ask-consent =
    🔒 <b>Antes de empezar: sus datos</b>
    Guardaré las respuestas que me dé aquí, con el identificador de su cuenta de Telegram, para inscribirle en { $title }. Solo los organizadores del evento las ven; no se publican.
    En cualquier momento: /mydata muestra todo lo que se guarda sobre usted, /myregistration cambia o retira su inscripción y /forget borra sus datos (solo quedan recuentos anónimos). Preguntas sobre sus datos: { $contact }.

    ¿Está de acuerdo?
reg-consent-agree = ✅ Estoy de acuerdo
reg-consent-decline = ✖️ No estoy de acuerdo
reg-consent-declined = Entendido: no se ha guardado nada. Para confirmar su participación de otra manera, contacte a los organizadores.
reg-ask-full-name = ¿Cuál es su nombre completo (como figura en su pasaporte o documento de identidad)?
reg-field-full-name = Nombre completo
reg-ask-position = ¿Cuál es su cargo?
reg-field-position = Cargo
reg-ask-delegation-type = ¿A quién representa?
reg-field-delegation-type = Delegación
reg-delegation-state = 🏛 Una delegación de un Estado
reg-delegation-io = 🌐 Una organización internacional
reg-delegation-ngo = 🤝 Una ONG o la sociedad civil
reg-delegation-other = Otro
reg-ask-country-state = ¿Qué Estado representa su delegación?
reg-ask-country = ¿En qué país está usted (o su organización)?
reg-field-country = País
reg-ask-organisation-state = ¿En qué ministerio o institución trabaja?
reg-ask-organisation = ¿Cómo se llama su organización?
reg-field-organisation = Organización
reg-ask-email = ¿Cuál es su dirección de correo electrónico?
reg-field-email = Correo electrónico
reg-ask-phone = ¿Cuál es su número de teléfono? { $example ->
        [none] Incluya el código del país, por ejemplo +503 2222 3333.
       *[other] Por ejemplo { $example }; si es de otro país, empiece por su código (+…).
    }
reg-field-phone = Teléfono
reg-ask-attendance-mode = ¿Asistirá en persona o en línea?
reg-field-attendance-mode = Asistencia
reg-attendance-in-person = 🏢 En persona
reg-attendance-online = 💻 En línea
reg-ask-interpretation-language = ¿A qué idioma necesita interpretación?
reg-field-interpretation-language = Interpretación
reg-interpretation-none = No necesito interpretación
reg-ask-accessibility = ¿Tiene necesidades de accesibilidad? Marque todas las que correspondan y pulse «Listo» (o «Ninguna de estas»).
reg-field-accessibility = Accesibilidad
reg-access-sign-language = Lengua de señas
reg-access-step-free = Acceso sin escalones
reg-access-other = Otra
reg-ask-accessibility-other = Describa el apoyo de accesibilidad que necesita.
reg-field-accessibility-other = Accesibilidad (detalles)
reg-ask-dietary = ¿Tiene requisitos alimentarios?
reg-field-dietary = Alimentación
reg-diet-none = Ninguno
reg-diet-vegetarian = Vegetariana
reg-diet-vegan = Vegana
reg-diet-other = Otro (alergia, religión…)
reg-ask-dietary-other = Describa sus requisitos alimentarios.
reg-field-dietary-other = Alimentación (detalles)
reg-ask-question = { $question }
reg-summary =
    📋 <b>Revise sus respuestas:</b>

    { $answers }

    ¿Está todo correcto?
reg-meaning =
    ℹ️ { $counts_as ->
        [confirmation] Inscribirse aquí es su confirmación de participación: no necesita enviar el correo electrónico que pide la invitación.
       *[notice] Inscribirse aquí permite a los organizadores saber que piensa participar, pero no sustituye la confirmación que pide la invitación: { $channel ->
            [email] envíela también a { $where }.
           *[url] inscríbase también en { $where }.
        }
    }
reg-confirmed =
    ✅ <b>{ $counts_as ->
        [notice] Su inscripción en { $article ->
            [el] el { $title }
            [la] la { $title }
            [los] los { $title }
            [las] las { $title }
           *[none] { $title }
        } quedó registrada.
       *[other] Su participación en { $article ->
            [el] el { $title }
            [la] la { $title }
            [los] los { $title }
            [las] las { $title }
           *[none] { $title }
        } está confirmada.
    }</b>
    Su referencia: <code>{ $reference }</code>

    Puede verla, cambiarla o retirarla con /myregistration.
reg-updated = ✅ Su inscripción <code>{ $reference }</code> se ha actualizado.
reg-already = Ya está inscrito o inscrita en este evento.
reg-none = No recibo inscripciones para { $title }. Para confirmar su participación, contacte a los organizadores: { $contact }
reg-past = { $title } ya terminó, así que no recibe inscripciones. Contacto: { $contact }
reg-not-yet = La inscripción se abre el { $date }. Vuelva entonces o contacte a los organizadores: { $contact }
reg-closed = La inscripción se cerró el { $date }. Si aún necesita confirmar su participación, contacte a los organizadores: { $contact }

## Mi inscripción

myreg-view =
    👤 <b>Su inscripción en { $title }</b>
    Referencia: <code>{ $reference }</code>

    { $answers }

    <b>Solicitudes de patrocinio</b>
    { $requests }
myreg-no-requests = Ninguna.
myreg-none = No tiene inscripción en { $title }. Pulse «Inscribirse» en el menú (o envíe /register) para confirmar su participación.
myreg-nothing = No hay ninguna inscripción o solicitud activa para eso. Aquí está el menú.
myreg-edit-button = ✏️ Cambiar mi inscripción
myreg-withdraw-button = 🗑 Retirar mi inscripción
myreg-withdraw-request-button = 🗑 Retirar la solicitud de { $nominee }
myreg-edit-intro = Esta es su inscripción. Pulse «Cambiar una respuesta» para modificarla y después confirme.
myreg-withdraw-confirm = ¿Seguro que desea retirar su inscripción <code>{ $reference }</code>? También se retirarán sus solicitudes de patrocinio para este evento.
myreg-withdraw-request-confirm = ¿Seguro que desea retirar la solicitud de patrocinio de { $nominee }?
myreg-yes-withdraw = Sí, retirar
myreg-no-keep = No, mantener
myreg-kept = No se cambió nada.
myreg-withdrawn =
    Se ha retirado su inscripción <code>{ $reference }</code>{ $requests ->
        [0] .
        [one] , con su solicitud de patrocinio.
       *[other] , con sus { $requests } solicitudes de patrocinio.
    } Puede volver a inscribirse mientras la inscripción esté abierta.
myreg-request-withdrawn = Se ha retirado la solicitud de patrocinio de { $nominee }.
flow-not-kept = Esta conversación ya no está disponible: se terminó o se canceló, o quedó en pausa más de { $days } días (entonces se borran sus respuestas). Nada más cambió; puede empezar de nuevo desde el menú.
flow-repeat = Envió el mismo texto dos veces: lo guardé una sola vez, para la pregunta anterior.
