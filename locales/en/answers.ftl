## Answers to free-text questions (every fact comes from the event's file)

answer-plain = { $text }
answer-about = ℹ️ About <b>{ $title }</b>:
answer-premise-other = 📅 { $when } is another event: <b>{ $title }</b>.
answer-event-order = 📅 First <b>{ $first }</b> ({ $first_when }); after it, <b>{ $second }</b> ({ $second_when }).
answer-convention = 📜 “The Convention” is the { $name }.
answer-which-event = Which event do you mean? Choose one:
answer-which-is = 📌 That is <b>{ $title }</b>: { $when }{ $where }.
answer-dont-know = I do not have that information in this event's data, and I will not guess.
answer-ask-email = You can ask the organisers at { $email }, or I can pass your question on to them.
answer-ask-url = The invitation gives no e-mail address; for updated information see { $url }. I can also pass your question on to the organisers.
answer-ask-other = { $text } I can also pass your question on to the organisers.
answer-open-point = ❔ { $text }

answer-when = 📅 { $when }
answer-when-approx = 📅 { $when }. The exact dates are not confirmed yet.
answer-duration = ⏳ { $note }
answer-duration-days = { $n ->
    [one] ⏳ One day: { $when }.
   *[other] ⏳ { $n } days: { $when }.
}
answer-session-length = { $n ->
    [one] ⏳ It lasts { $length }.
   *[other] ⏳ Each session lasts { $length }.
}
answer-past = This event has already taken place.
answer-no-times = 🕒 The session times are not known yet: the event's information does not give them.
answer-time-there = 🕒 In the time zone you asked about:
answer-time-event = As announced:
answer-agenda-unknown = 📋 The agenda (programme content) is not in the event's information yet.
answer-speakers = 🎤 Opening, moderation and conclusions:
answer-speakers-unknown = The event's information does not name the speakers.
answer-panel-unknown = The event's information does not name the panellists or speakers; it names only who opens, moderates and concludes.
answer-sessions-count = { $n ->
    [1] One session.
    [2] Two sessions.
    [3] Three sessions.
   *[other] { $n } sessions.
}
answer-field = 🚌 { $text }
answer-field-unknown = The event's information does not mention a field visit.
answer-purpose = 🎯 { $text }

answer-where = 📍 { $place }
answer-where-unknown = 📍 The invitation does not say where the event takes place.
answer-venue-tbc = The venue is to be confirmed.
answer-format = Format: { $format }.
answer-format-unknown = The invitation does not say whether it is in person or online.
answer-remote-unknown = The invitation does not mention remote (online) participation.
answer-connect-unknown = 💻 The event's information does not give the platform or connection details.
answer-access-unknown = ♿ The event's information does not describe accessibility arrangements.
answer-access-registration = Registration asks about accessibility needs.
answer-organisers = 🏛 Organised by:
answer-hosts = Hosted by:
answer-signed = The invitation is signed by { $names }.
answer-signatories = ✍️ The invitation is signed by:
answer-signatory = { $name }: { $role }
answer-signatory-of = { $name }: { $role } ({ $organisation })
answer-funders = 💶 Financial support:
answer-funders-unknown = The event's information does not say who funds it.
answer-encouraged = Particularly encouraged to attend:
answer-addressees = The invitation is addressed to:
answer-participants-unknown = The event's information does not say who is invited.
answer-open-points = ❔ Not known yet:
answer-open-none = The event's information does not list anything as pending.

answer-sponsorship = ✈️ Sponsorship is funded by { $article ->
        [the] the { $funder }
       *[none] { $funder }
    }.
answer-not-covered = The invitation does not list { $item } among what the sponsorship covers.
answer-amount-unknown = The event's information gives no amounts.
answer-state-eligible = ✅ { $state } is among the States that may request sponsorship.
answer-state-listed-as = • Listed among: { $text }
answer-state-not-listed = { $state } is not among the States the invitation lists for sponsorship ({ $states }). Whether it can still apply is not stated.
answer-nominations-unknown = The invitation does not say how many people may be sponsored.
answer-ngo-unknown = The invitation does not say whether organisations can be sponsored.
answer-registration-unknown = The event's information does not say how to register.
answer-registration-url = 📝 Registration: { $url }
answer-registration-closes = Registration deadline: { $when }
answer-registration-email = The invitation asks for the confirmation of participation by e-mail to { $email }.
answer-agenda-topic = 🎯 { $text }
answer-registration-bot = You can also confirm your participation here, with the 📝 Register button of the menu.
answer-registration-closed = Registration through this assistant is closed.
answer-registration-deadline-unknown = The invitation does not give a registration deadline.
answer-floor-unknown = The invitation does not say how to request the floor or submit questions.

answer-unknown-hotel = 🏨 The event's information does not name a hotel.
answer-hotel-sponsored = Sponsorship, for those who receive it, covers accommodation.
answer-unknown-visa = 🛂 The event's information says nothing about visas or entry requirements.
answer-unknown-dress = 👔 The event's information does not mention a dress code.
answer-unknown-transfer = 🚕 The event's information does not mention airport transfers or local transport.
answer-unknown-recording = 🎥 The event's information does not say whether it will be recorded or broadcast.
answer-unknown-parking = 🅿️ The event's information does not mention parking.
answer-unknown-health = 🩺 The event's information does not mention health requirements.
answer-unknown-companion = The event's information does not say whether companions may attend.
answer-unknown-certificate = The event's information does not mention certificates of attendance.
answer-unknown-weather = The event's information says nothing about the weather.
answer-unknown-security = The event's information says nothing about security arrangements.
answer-unknown-money = The event's information says nothing about currency or payments on site.
answer-unknown-diet = The event's information does not mention dietary arrangements.
answer-unknown-wifi = The event's information does not mention internet access or equipment.
answer-sign-which-unknown = The invitation says there will be sign language, but not which one.
answer-day-order-unknown = The invitation does not yet say which day is given to which topic.
answer-unknown-interpreters = The event's information says nothing about hiring interpreters or what is arranged for them.
answer-unknown-press = The invitation says nothing about the press: whether journalists may attend or cover the event, accreditation, or a press contact.
answer-unknown-arrival = The event's information gives no arrival or departure dates for participants.
answer-docs-translation-unknown = The invitation does not say whether the documents will be translated.
answer-unknown-pledges = The event's information does not say whether funding pledges will be made or announced.
answer-unknown-booking = The event's information does not say who books the tickets or whether costs are paid back.
answer-unknown-fee = The event's information does not mention any participation fee.
answer-unknown-perdiem = 💵 The event's information gives no daily allowance (per diem) or amounts.
answer-unknown-insurance = The event's information does not mention insurance.
answer-unknown-bring = 🎒 The event's information does not say what participants should bring.
answer-unknown-share = The event's information does not say whether presentations or documents will be shared afterwards.
answer-unknown-publish = The invitation does not say whether its texts may be published or quoted.
answer-unknown-selffund = The event's information does not say whether people other than the sponsored nominees may attend at their own expense.

answer-greet = Hello! Ask me anything about “{ $title }”: dates and times, place, agenda, languages, sponsorship, registration…
answer-thanks = You are welcome!
answer-help = Ask me about the dates and times, the place, the agenda, languages and interpretation, sponsorship or registration, in your own words. Or choose from the menu below.
answer-complaint = Sorry that my answer did not help. I only answer from the event's information, and say so when it does not hold what you asked.

answer-ask-prompt = ❓ Write your question in your own words, in English or Spanish, for example: “When does it start?”, “Is there interpretation?”, “Who pays the flight?”.
answer-relay-button = 📨 Pass my question to the organisers
answer-relay-done = 📨 Done: your question will be passed to the organisers. Their reply will come from them.
answer-relay-missing = I could not find that question any more. Please write it again.
answer-pick-again = Please write your question again.

answer-title = 📛 Full title: { $title }
answer-short-title = Short title: { $title }
answer-invitation-date = ✉️ The invitation is dated { $date }.
answer-invitation-date-unknown = The invitation carries no date.
answer-preparation-unknown = The event's information does not say what participants should prepare.
answer-unknown-attendance = 👥 The event's information does not say how many people will attend.
answer-unknown-total = 👥 The invitation does not give a total: it gives only the figures shown for each State or organisation, where it gives any.
answer-passage = 📄 From the event's information: “{ $text }”
answer-yes = Yes.
answer-no = No.
answer-economy-only = ✈️ Economy class only: the sponsorship covers economy air travel, not business class.
answer-more-button = 📖 The whole section
answer-attendance-unlimited = 👥 The invitation sets no limit on how many people a State may send to attend. The limit is on sponsorship:
answer-acronym = 🔤 { $short } stands for “{ $long }”.
answer-unknown-donate = 💶 The event's information does not say how donors could contribute funds to it.
answer-unknown-group = 👥 The event's information does not say how many people from one institution or organisation may register or take part.
answer-funding-amount-unknown = 💶 The invitation does not say how much funding is provided.
answer-clearance-deadlines-unknown = The invitation does not give the dates of the States' clearance deadlines under Article 5.
answer-unknown-observers = 👁 The event's information does not mention attending as an observer.
answer-agenda-count = { $n } items ({ $word }).
answer-not-mentioned = Not mentioned in the event's information: { $names }.

## Counts of what the invitation lists (bot/answers/counting.py)
answer-number = { $n ->
    [1] one
    [2] two
    [3] three
    [4] four
    [5] five
    [6] six
    [7] seven
    [8] eight
    [9] nine
    [10] ten
    [11] eleven
    [12] twelve
   *[other] { $n }
}
answer-count-signed = ✍️ The invitation is signed by { $word } people:
answer-count-line = 🔢 There are { $word }: { $text }.
answer-count-states = 🔢 The invitation lists { $word } States Parties: { $names }.
answer-count-subitems = 🔢 Item { $number } lists { $word }:
answer-count-section = 🔢 “{ $title }”: { $word } items, { $first } to { $last }.
answer-count-interpretation = 🔢 Interpretation into { $word } languages.
answer-count-languages = 🔢 { $word } languages.
answer-count-hours = 🔢 In total, { $word } hours.
answer-term-unknown = The event's information does not use or explain “{ $term }”.
answer-heading = 📋 Under “{ $title }”, the agenda lists:
