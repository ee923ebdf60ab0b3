## Organisers' tools: /stats, /export, /find, /registration (written in ORGANISER_LANGUAGE)

tools-wrong-chat = Please use this command in the organisers' group, or in a private chat with me.
tools-unknown-event = I do not know an event called “{ $key }”. Known events: { $known }
tools-no-event = There is no event to report on yet.

## /stats

stats-title = 📊 <b>{ $title }</b> (<code>{ $key }</code>)
stats-registrations = <b>Registrations:</b> { $total } (confirmed { $confirmed }, withdrawn { $withdrawn })
stats-anonymised = Including { $count } kept only as anonymous counts (deleted at the delegate's request, or purged).
stats-unreachable = 📵 { $count ->
        [one] 1 confirmed registrant blocked the bot: announcements and reminders cannot reach them (until they write to the bot again).
       *[other] { $count } confirmed registrants blocked the bot: announcements and reminders cannot reach them (until they write to the bot again).
    }
stats-requests = <b>Sponsorship requests:</b> { $total } (submitted { $submitted }, waiting list { $waitlisted }, approved { $approved }, declined { $declined }, withdrawn { $withdrawn })
stats-by-country = <b>Confirmed, by State or country</b>
stats-by-delegation = <b>Confirmed, by delegation</b>
stats-by-language = <b>Confirmed, by language</b>
stats-line = { $label }: { $count }
stats-not-stated = not stated
stats-delegation =
    { $type ->
        [state] State delegations
        [io] International organisations
        [ngo] NGOs and civil society
       *[other] Other
    }
stats-language =
    { $code ->
        [en] English
        [es] Spanish
       *[other] { $code }
    }
stats-none = No registrations yet, so there is no chart.
stats-chart-over-time = Registrations received (running total)
stats-chart-by-country = Confirmed registrations, by State or country
stats-chart-count = Registrations
stats-chart-others = Others
stats-chart-caption = 📈 { $title }: registrations over time, and by State or country.

## /export

export-ready =
    📤 <b>{ $title }</b>: { $registrations ->
        [0] no registrations
        [one] one registration
       *[other] { $registrations } registrations
    } and { $requests ->
        [0] no sponsorship requests
        [one] one sponsorship request
       *[other] { $requests } sponsorship requests
    }.
    Two CSV files (UTF-8) and one Excel workbook. Times are in the event's time zone ({ $zone }). In the CSV files, text that a delegate typed and that starts like a spreadsheet formula (=, +, -, @) begins with an apostrophe, so that no spreadsheet runs it; the workbook keeps every text as typed, as text.
export-sheet-registrations = Registrations
export-sheet-requests = Sponsorship requests
export-col-reference = Reference
export-col-status = Status
export-col-registered-at = Registered at
export-col-updated-at = Last changed at
export-col-withdrawn-at = Withdrawn at
export-col-language = Language
export-col-full-name = Full name
export-col-position = Position
export-col-delegation-type = Delegation type
export-col-country = Country code
export-col-country-name = Country
export-col-organisation = Organisation
export-col-email = E-mail
export-col-phone = Phone
export-col-attendance-mode = Attendance
export-col-interpretation-language = Interpretation
export-col-accessibility = Accessibility
export-col-accessibility-other = Accessibility (details)
export-col-dietary = Diet
export-col-dietary-other = Diet (details)
export-col-consent-at = Consent given at
export-col-request = Request reference
export-col-submitted-at = Submitted at
export-col-decided-at = Decided at
export-col-party = State or organisation (code)
export-col-party-name = State or organisation
export-col-slot = Role
export-col-nominee-self = Self-nomination
export-col-nominee-name = Nominee's name
export-col-nominee-position = Nominee's position
export-col-nominee-email = Nominee's e-mail
export-col-departure-city = City of departure
export-col-accommodation = Accommodation
export-col-meals = Meals
export-col-arrival-date = Arrival
export-col-departure-date = Departure
export-col-requested-by = Requested by

## /find and /registration

find-usage = Send /find followed by part of a name, an e-mail address, an organisation or a reference, for example <code>/find perez</code>.
find-none = Nobody matches “{ $query }”.
find-results = 🔎 { $total ->
        [one] One registration matches
       *[other] { $total } registrations match
    } “{ $query }”:
find-line = • <code>{ $reference }</code> { $name } · { $organisation } · { $country } · { $event } ({ $status })
find-more = Showing the { $shown } newest. Add words to narrow the search.
find-hint = Send <code>/registration REFERENCE</code> for all the details.
find-registration-usage = Send /registration followed by a reference, for example <code>/registration RSD-7K3Q</code>.
find-not-found = No registration has the reference “{ $reference }”.
find-status =
    { $status ->
        [confirmed] confirmed
       *[withdrawn] withdrawn
    }
find-detail-title = 👤 <b>{ $reference }</b> · { $title }
find-label-status = Status
find-label-registered = Registered
find-label-updated = Last changed
find-label-withdrawn = Withdrawn
find-label-consent = Consent given
find-label-language = Language of the conversation
find-label-telegram = Telegram user id
find-requests-title = <b>Sponsorship requests</b>
find-request-title = • <b>{ $reference }</b> { $nominee }: { $status }
find-no-requests = None.

## /help for organisers (in the organisers' group, and in an organiser's private chat)

help-organisers =
    🛠 <b>Organisers' commands</b>
    { $commands }

    Sponsorship requests are decided with the buttons of each request's post in the organisers' group, or with <code>/decide REFERENCE</code> (a request's reference, such as <code>S12</code>). A command that needs a reference or a name says how to use it when sent alone.
help-organisers-line = /{ $command } – { $description }
