## Solicitudes de patrocinio

spons-request-button = ✈️ Solicitar patrocinio
spons-offer = ✈️ Puede solicitar patrocinio { $article ->
        [el] del
        [la] de la
        [los] de los
        [las] de las
       *[none] de
    } { $funder } hasta el { $date }. Pulse el botón de abajo para nominarse o nominar a un colega.
spons-intro =
    ✈️ <b>Solicitud de patrocinio</b>
    Lo financia { $article ->
        [el] el { $funder }
        [la] la { $funder }
        [los] los { $funder }
        [las] las { $funder }
       *[none] { $funder }
    }. Cubre: { $covers }.
    Plazo: { $date }.
    { $note }

    Puede enviar /cancel en cualquier momento.
spons-cover =
    { $cover ->
        [economy_air_travel] viaje aéreo en clase económica
        [accommodation] alojamiento
        [meals] comidas
        [daily_allowance] un viático diario
        [local_transport] transporte local
        [visa_costs] gastos de visado
       *[travel_insurance] seguro de viaje
    }
spons-ask-invitation = El patrocinio para organizaciones es por invitación. Escriba el código de invitación que le enviaron los organizadores (por ejemplo INV-7K3Q9M).
spons-field-invitation = Código de invitación
spons-ask-slot = ¿Para qué función es esta nominación? Las plazas por Estado son limitadas:
spons-field-slot = Función
spons-slot-free = plaza disponible
spons-slot-availability = sujeta a disponibilidad
spons-slot-taken = ya solicitada: una nueva nominación queda sujeta a disponibilidad
spons-slot-badge-waitlist = lista de espera
spons-ask-nominee = ¿Quién viajaría?
spons-field-nominee = Persona nominada
spons-nominee-self = 🙋 Yo
spons-nominee-colleague = 👥 Un colega
spons-ask-nominee-name = ¿Cuál es el nombre completo de su colega (como figura en su pasaporte)?
spons-field-nominee-name = Nombre de la persona nominada
spons-ask-nominee-position = ¿Cuál es el cargo de su colega?
spons-field-nominee-position = Cargo de la persona nominada
spons-ask-nominee-email = ¿Cuál es el correo electrónico de su colega?
spons-field-nominee-email = Correo de la persona nominada
spons-ask-departure-city = ¿Desde qué ciudad volaría la persona nominada (en clase económica)?
spons-field-departure-city = Ciudad de salida
spons-ask-accommodation = ¿Se necesita alojamiento?
spons-field-accommodation = Alojamiento
spons-ask-meals = ¿Se necesitan comidas?
spons-field-meals = Comidas
spons-yes = Sí
spons-no = No
spons-ask-arrival-date =
    ¿En qué fecha llegaría la persona nominada? Fechas del evento: { $dates }.{ $tbc ->
        [yes] {" "}Como las fechas están por confirmar, indique su mejor estimación; podrá cambiarla después con los organizadores.
       *[no] {""}
    }
    Escríbala como prefiera, por ejemplo 3/5 o «3 de mayo».
spons-field-arrival-date = Llegada
spons-ask-departure-date =
    ¿En qué fecha se iría la persona nominada? Fechas del evento: { $dates }.{ $tbc ->
        [yes] {" "}Las fechas están por confirmar.
       *[no] {""}
    }
spons-field-departure-date = Salida
spons-summary =
    📋 <b>Revise la solicitud de patrocinio:</b>

    { $answers }

    ¿Está todo correcto?
spons-submitted =
    ✅ <b>Solicitud de patrocinio { $request } enviada para { $nominee }.</b>
    Se reserva una plaza para esta nominación hasta que decidan los organizadores; verá su decisión en /myregistration. Consultas: { $contact }
spons-waitlisted =
    🕒 <b>Solicitud de patrocinio { $request } registrada para { $nominee }, sujeta a disponibilidad.</b>
    Las plazas para esta función ya están solicitadas, así que esta nominación queda en lista de espera; los organizadores decidirán según los fondos disponibles. Verá su decisión en /myregistration. Consultas: { $contact }
spons-request-line = • { $request } · { $nominee }: { $status }
spons-status =
    { $status ->
        [submitted] enviada (plaza reservada), pendiente de la decisión de los organizadores
        [waitlisted] sujeta a disponibilidad (lista de espera)
        [approved] ✅ aprobada
        [declined] denegada
       *[withdrawn] retirada
    }
spons-no-policy = Este evento no ofrece patrocinio a través de mí. Consultas: { $contact }
spons-register-first = Para solicitar patrocinio, primero confirme su participación: pulse «Inscribirse» en el menú o envíe /register.
spons-closed = El plazo para solicitar patrocinio fue el { $date }. Si aún tiene una solicitud, contacte a los organizadores: { $contact }
spons-state-not-eligible = El patrocinio solo se ofrece a las delegaciones de estos Estados: { $states }. { $country } no está entre ellos. Consultas: { $contact }
spons-organisations-not-covered = El patrocinio de este evento es solo para delegaciones de Estados. Consultas: { $contact }
spons-not-a-delegation = El patrocinio lo solicitan las delegaciones de los Estados y las organizaciones invitadas. Consultas: { $contact }
spons-error-code = Un código de invitación tiene letras y cifras, como INV-7K3Q9M. Compruébelo y escríbalo de nuevo.
spons-error-code-unknown = No conozco ese código de invitación para este evento. Compruébelo o consulte a los organizadores: los códigos se envían a las organizaciones invitadas.
spons-error-code-used = Otra persona ya utilizó ese código de invitación. Contacte a los organizadores.
