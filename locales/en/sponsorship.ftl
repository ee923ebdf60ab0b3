## Sponsorship requests

spons-request-button = ✈️ Request sponsorship
spons-offer = ✈️ You may request sponsorship from { $article ->
        [the] the { $funder }
       *[none] { $funder }
    } until { $date }. Press the button below to nominate yourself or a colleague.
spons-intro =
    ✈️ <b>Sponsorship request</b>
    Funded by { $article ->
        [the] the { $funder }
       *[none] { $funder }
    }. It covers: { $covers }.
    Deadline: { $date }.
    { $note }

    You can send /cancel at any moment.
spons-cover =
    { $cover ->
        [economy_air_travel] economy air travel
        [accommodation] accommodation
        [meals] meals
        [daily_allowance] a daily allowance
        [local_transport] local transport
        [visa_costs] visa costs
       *[travel_insurance] travel insurance
    }
spons-ask-invitation = Sponsorship for organisations is by invitation. Please type the invitation code the organisers sent you (for example INV-7K3Q9M).
spons-field-invitation = Invitation code
spons-ask-slot = For which role is this nomination? Places per State are limited:
spons-field-slot = Role
spons-slot-free = place available
spons-slot-availability = subject to availability
spons-slot-taken = already requested: a new nomination is subject to availability
spons-slot-badge-waitlist = waiting list
spons-ask-nominee = Who would travel?
spons-field-nominee = Nominee
spons-nominee-self = 🙋 Myself
spons-nominee-colleague = 👥 A colleague
spons-ask-nominee-name = What is your colleague's full name (as in their passport)?
spons-field-nominee-name = Nominee's name
spons-ask-nominee-position = What is your colleague's position?
spons-field-nominee-position = Nominee's position
spons-ask-nominee-email = What is your colleague's e-mail address?
spons-field-nominee-email = Nominee's e-mail
spons-ask-departure-city = From which city would the nominee fly (economy class)?
spons-field-departure-city = City of departure
spons-ask-accommodation = Is accommodation needed?
spons-field-accommodation = Accommodation
spons-ask-meals = Are meals needed?
spons-field-meals = Meals
spons-yes = Yes
spons-no = No
spons-ask-arrival-date =
    On what date would the nominee arrive? Event dates: { $dates }.{ $tbc ->
        [yes] {" "}As the dates are still to be confirmed, give your best estimate; you can change it later with the organisers.
       *[no] {""}
    }
    Write it as you like, for example 3/5 (day/month) or “3 May”.
spons-field-arrival-date = Arrival
spons-ask-departure-date =
    On what date would the nominee leave? Event dates: { $dates }.{ $tbc ->
        [yes] {" "}The dates are still to be confirmed.
       *[no] {""}
    }
spons-field-departure-date = Departure
spons-summary =
    📋 <b>Please check the sponsorship request:</b>

    { $answers }

    Is everything correct?
spons-submitted =
    ✅ <b>Sponsorship request { $request } submitted for { $nominee }.</b>
    A place is held for this nomination until the organisers decide; you will see their decision in /myregistration. Questions: { $contact }
spons-waitlisted =
    🕒 <b>Sponsorship request { $request } recorded for { $nominee }, subject to availability.</b>
    The places for this role are already requested, so this nomination is on the waiting list; the organisers will decide according to the funds available. You will see their decision in /myregistration. Questions: { $contact }
spons-request-line = • { $request } · { $nominee }: { $status }
spons-status =
    { $status ->
        [submitted] submitted (place held), awaiting the organisers' decision
        [waitlisted] subject to availability (waiting list)
        [approved] ✅ approved
        [declined] declined
       *[withdrawn] withdrawn
    }
spons-no-policy = This event offers no sponsorship through me. For questions: { $contact }
spons-register-first = To request sponsorship, please confirm your participation first: press “Register” in the menu or send /register.
spons-closed = The deadline for sponsorship requests was { $date }. If you still have a request, please contact the organisers: { $contact }
spons-state-not-eligible = Sponsorship is only offered to the delegations of these States: { $states }. { $country } is not among them. For questions: { $contact }
spons-organisations-not-covered = This event's sponsorship is for State delegations only. For questions: { $contact }
spons-not-a-delegation = Sponsorship is requested by State delegations and by invited organisations. For questions: { $contact }
spons-error-code = An invitation code has letters and digits, like INV-7K3Q9M. Please check it and type it again.
spons-error-code-unknown = I do not know that invitation code for this event. Please check it, or ask the organisers: codes are sent to invited organisations.
spons-error-code-used = That invitation code has already been used by someone else. Please contact the organisers.
