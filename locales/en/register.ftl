## Guided conversations (registration and sponsorship requests): shared pieces

flow-progress = <i>{ $number }/{ $total }</i>
flow-current = <i>Current answer: { $value }</i>
flow-optional-hint = <i>Optional: press “Skip” if you prefer not to answer.</i>
flow-country-hint =
    <i>{ $buttons ->
        [yes] Press your country's button, or type its name.
       *[no] Type the country's name, in English or Spanish.
    }</i>
flow-option-detail = <b>{ $label }.</b> { $detail } <i>({ $note })</i>
flow-option-with-note = { $label } · { $note }
flow-summary-line = <b>{ $label }:</b> { $value }
flow-skipped = —
flow-none-selected = None
flow-confirm = ✅ Confirm
flow-edit = ✏️ Change an answer
flow-cancel = ✖️ Cancel
flow-edit-which = Which answer do you want to change?
flow-back-to-summary = ↩️ Back to the summary
flow-skip = ⏭ Skip
flow-toggle-on = ☑️ { $label }
flow-toggle-off = ⬜ { $label }
flow-none = None of these
flow-done = ✅ Done
flow-resume = ▶️ Continue where you left off
flow-start-over = 🔄 Start over
flow-when = { $time } ({ $zone } time)

flow-hint-text = I can only read text here. Please type your answer, or use the buttons.
flow-hint-buttons = Please choose one of the buttons below.
flow-stale = That button belongs to an earlier step. The question open now is my latest message.
flow-stale-paused =
    That button belongs to a conversation that has ended. What is open now: your { $kind ->
        [sponsorship] sponsorship request
       *[other] registration
    }, paused with your answers kept. Continue where you left off, or start over?
flow-stale-nothing-open = That button belongs to a conversation that has ended, and nothing is open now. Here is the menu.
flow-language-offer = Of course. In which language shall we continue? Your answers so far are kept.
flow-gone = This conversation can no longer continue (the event or your registration has changed). Nothing was saved from it.
flow-country-suggest = I did not find that country. Did you mean one of these? If not, type the name again.
flow-cancelled = Stopped. The answers of this conversation were discarded; anything you had already confirmed is unchanged.
flow-nothing-to-cancel = There is nothing to cancel.
flow-paused =
    ⏸ I have paused your { $kind ->
        [sponsorship] sponsorship request
       *[other] registration
    }. Your answers are kept.
flow-paused-found =
    You have a { $kind ->
        [sponsorship] sponsorship request
       *[other] registration
    } in progress. Continue where you left off, or start over?
flow-expired =
    ⏸ Your { $kind ->
        [sponsorship] sponsorship request
       *[other] registration
    } for <b>{ $title }</b> has waited { $minutes } minutes for an answer, so I have paused it. Your answers are kept: continue whenever you are ready.

flow-error-question = That looks like a question. I will answer questions once this is finished (or send /cancel to stop). Please answer the question above.
flow-error-name = Please write the full name, with letters only (at most { $max } characters).
flow-error-text = Please write a short answer in words (at most { $max } characters).
flow-error-too-long = That is { $length } characters long; please shorten it to { $max } characters at most.
flow-error-email = That does not look like an e-mail address. Please write it like name@example.org.
flow-error-phone = That does not look like a valid phone number. Please check its digits; a number of another country starts with its country code (+…).
flow-error-country = I could not recognise that country. Please type its name in English or Spanish (for example “Peru” or “Perú”), or press a button.
flow-error-date = I could not read that date. Please write it like 3/5 (day/month), “3 May” or “May 3rd”.
flow-error-date-window = Please give a date between { $start } and { $end }.
flow-error-date-order = The departure cannot be before the arrival ({ $arrival }). Please give another date.
flow-error-date-after-departure = The arrival cannot be after the departure ({ $departure }). Please give another date, or change the departure afterwards.

## Registration (RSVP)

reg-intro =
    📝 <b>{ $counts_as ->
        [notice] Registration
       *[other] Confirmation of participation
    }: { $title }</b>
    { $note }

    I will ask a few questions, one at a time. You can send /cancel at any moment.
reg-external = The organisers also have their own registration page: { $url }
reg-ask-consent =
    🔒 <b>Before we start: your data</b>
    I will keep the answers you give here, with your Telegram account id, to register you for { $title }. Only the event's organisers see them; they are not published.
    At any time: /mydata shows everything stored about you, /myregistration changes or withdraws your registration, and /forget deletes your data (only anonymous counts remain). Questions about your data: { $contact }.

    Do you agree?
reg-consent-agree = ✅ I agree
reg-consent-decline = ✖️ I do not agree
reg-consent-declined = Understood: nothing has been stored. To confirm your participation another way, please contact the organisers.
reg-ask-full-name = What is your full name (as in your passport or ID)?
reg-field-full-name = Full name
reg-ask-position = What is your position or job title?
reg-field-position = Position
reg-ask-delegation-type = Whom do you represent?
reg-field-delegation-type = Delegation
reg-delegation-state = 🏛 A State delegation
reg-delegation-io = 🌐 An international organisation
reg-delegation-ngo = 🤝 An NGO or civil society
reg-delegation-other = Other
reg-ask-country-state = Which State does your delegation represent?
reg-ask-country = In which country are you (or your organisation) based?
reg-field-country = Country
reg-ask-organisation-state = Which ministry or institution do you work for?
reg-ask-organisation = What is the name of your organisation?
reg-field-organisation = Organisation
reg-ask-email = What is your e-mail address?
reg-field-email = E-mail
reg-ask-phone = What is your phone number? { $example ->
        [none] Please include its country code, for example +503 2222 3333.
       *[other] For example { $example }; if it is from another country, start with its code (+…).
    }
reg-field-phone = Phone
reg-ask-attendance-mode = Will you attend in person or online?
reg-field-attendance-mode = Attendance
reg-attendance-in-person = 🏢 In person
reg-attendance-online = 💻 Online
reg-ask-interpretation-language = Into which language do you need interpretation?
reg-field-interpretation-language = Interpretation
reg-interpretation-none = No interpretation needed
reg-ask-accessibility = Do you have accessibility needs? Select all that apply, then press “Done” (or “None of these”).
reg-field-accessibility = Accessibility
reg-access-sign-language = Sign language
reg-access-step-free = Step-free access
reg-access-other = Other
reg-ask-accessibility-other = Please describe the accessibility support you need.
reg-field-accessibility-other = Accessibility (details)
reg-ask-dietary = Do you have dietary requirements?
reg-field-dietary = Diet
reg-diet-none = None
reg-diet-vegetarian = Vegetarian
reg-diet-vegan = Vegan
reg-diet-other = Other (allergy, religious…)
reg-ask-dietary-other = Please describe your dietary requirements.
reg-field-dietary-other = Diet (details)
reg-ask-question = { $question }
reg-summary =
    📋 <b>Please check your answers:</b>

    { $answers }

    Is everything correct?
reg-meaning =
    ℹ️ { $counts_as ->
        [confirmation] Registering here is your confirmation of participation: you do not need to send the e-mail the invitation asks for.
       *[notice] Registering here lets the organisers know you plan to take part, but it does not replace the confirmation the invitation asks for: { $channel ->
            [email] please also send it to { $where }.
           *[url] please also register at { $where }.
        }
    }
reg-confirmed =
    ✅ <b>{ $counts_as ->
        [notice] You are registered for { $article ->
            [the] the { $title }
           *[none] { $title }
        }.
       *[other] Your participation in { $article ->
            [the] the { $title }
           *[none] { $title }
        } is confirmed.
    }</b>
    Your reference: <code>{ $reference }</code>

    You can see, change or withdraw it with /myregistration.
reg-updated = ✅ Your registration <code>{ $reference }</code> has been updated.
reg-already = You are already registered for this event.
reg-none = I do not take registrations for { $title }. To confirm your participation, please contact the organisers: { $contact }
reg-past = { $title } has ended, so it no longer takes registrations. Contact: { $contact }
reg-not-yet = Registration opens on { $date }. Please come back then, or contact the organisers: { $contact }
reg-closed = Registration closed on { $date }. If you still need to confirm your participation, please contact the organisers: { $contact }

## My registration

myreg-view =
    👤 <b>Your registration for { $title }</b>
    Reference: <code>{ $reference }</code>

    { $answers }

    <b>Sponsorship requests</b>
    { $requests }
myreg-no-requests = None.
myreg-none = You have no registration for { $title }. Press “Register” in the menu (or send /register) to confirm your participation.
myreg-nothing = There is no active registration or request for that. Here is the menu.
myreg-edit-button = ✏️ Change my registration
myreg-withdraw-button = 🗑 Withdraw my registration
myreg-withdraw-request-button = 🗑 Withdraw the request for { $nominee }
myreg-edit-intro = Here is your registration. Press “Change an answer” to edit it, then confirm.
myreg-withdraw-confirm = Do you really want to withdraw your registration <code>{ $reference }</code>? Your sponsorship requests for this event will be withdrawn too.
myreg-withdraw-request-confirm = Do you really want to withdraw the sponsorship request for { $nominee }?
myreg-yes-withdraw = Yes, withdraw
myreg-no-keep = No, keep it
myreg-kept = Nothing was changed.
myreg-withdrawn =
    Your registration <code>{ $reference }</code> has been withdrawn{ $requests ->
        [0] .
        [one] , with your sponsorship request.
       *[other] , with your { $requests } sponsorship requests.
    } You can register again while registration is open.
myreg-request-withdrawn = The sponsorship request for { $nominee } has been withdrawn.
flow-not-kept = This conversation is no longer available: it was finished or cancelled, or it was set aside for more than { $days } days (its answers are then deleted). Nothing else changed; you can start again from the menu.
flow-repeat = You sent the same text twice: I kept it once, for the previous question.
