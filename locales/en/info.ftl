## Programme, sponsorship and logistics screens, times and /timezone

info-plain = { $text }
info-note = <i>{ $text }</i>
info-link = { $label }: { $url }
info-links-title = 🔗 <b>Links</b>
info-party-role = { $name }: { $role }

info-programme-title = 📅 <b>Programme</b>
    { $title }
info-dates = <b>Dates:</b> { $when }
info-dates-approximate = <b>Dates (approximate):</b> { $when }
info-duration = <b>Duration:</b> { $note }
info-no-times = 🕒 The session times have not been published yet.
info-sessions-title = 🕒 <b>Sessions</b>
info-session = • <b>{ $title }</b>
info-timezone-hint = <i>To also see the times in your own time zone, send /timezone followed by your city or country.</i>
info-range = { $start }–{ $end } ({ $zone })
info-range-also = = { $start }–{ $end } ({ $zone })
info-range-yours = = { $start }–{ $end } in your time zone ({ $zone })
info-range-there = { $title }: { $start }–{ $end } ({ $zone })
info-no-agenda = 📋 The agenda is not available in the event's information yet.
info-agenda-title = 📋 <b>Agenda</b>
info-agenda-item = { $number }. { $text }
info-agenda-sub = { "   " }{ $label }) { $text }
info-speakers-title = 🎤 <b>Opening, moderation and conclusions</b>
info-field-visit = 🚌 <b>Field visit:</b> { $text }
info-background-title = 📜 <b>Background</b>
info-ics-button = 📆 Add to my calendar (.ics)
info-ics-caption = Sessions of “{ $title }”, with their times (open the file to add them to your calendar).
info-ics-none = This event has no session times yet, so there is no calendar file.

info-logistics-title = 📍 <b>Logistics</b>
    { $title }
info-place = <b>Place:</b> { $place }
info-place-unknown = <b>Place:</b> not stated in the invitation.
info-venue = <b>Venue:</b> { $name }
info-venue-address = <b>Venue:</b> { $name }, { $address }
info-venue-tbc = <b>Venue:</b> to be confirmed.
info-format = <b>Format:</b> { $format }
info-format-unknown = <b>Format:</b> not stated (the invitation does not say whether it is in person or online).
info-hosts = <b>Host:</b> { $names }
info-languages = 🗣 <b>Languages:</b> { $names }
info-languages-unknown = 🗣 <b>Languages:</b> not stated.
info-interpretation = <b>Interpretation:</b> { $names }
info-interpretation-none = <b>Interpretation:</b> none.
info-interpretation-unknown = <b>Interpretation:</b> not stated.
info-sign-yes = <b>Sign language:</b> yes.
info-sign-no = <b>Sign language:</b> no.
info-sign-unknown = <b>Sign language:</b> not stated.
info-contact-title = ✉️ <b>Contact</b>
info-contact-email = E-mail: { $email }
info-contact-url = Web: { $url }
info-open-points-title = ❔ <b>Not known yet</b>

info-sponsorship-title = ✈️ <b>Sponsorship</b>
    { $title }
info-sponsorship-none = The invitation does not mention any sponsorship for participants in this event.
info-sponsorship-funder = <b>Funded by:</b> { $funder }
info-sponsorship-who-title = <b>Who may request it</b>
info-sponsorship-states = States Parties listed in the invitation: { $states }.
info-sponsorship-orgs-invited = Organisations: by invitation only. { $note }
info-sponsorship-orgs = Organisations: { $note }
info-sponsorship-per-org = { $n ->
    [one] One participant per organisation.
   *[other] { $n } participants per organisation.
}
info-sponsorship-covers = <b>What it covers:</b> { $items }.
info-sponsorship-nominations-title = <b>Nominations</b>
info-sponsorship-max = { $n ->
    [one] Up to one official per State.
   *[other] Up to { $n } officials per State.
}
info-sponsorship-slot = { $role }
info-sponsorship-slot-extra = { $role } (subject to availability)
info-sponsorship-extra-mark = subject to availability
info-sponsorship-deadline = <b>Deadline:</b> { $when }
info-sponsorship-how = <b>How to apply:</b> { $text }
info-sponsorship-orgs-invited-short = Organisations: by invitation only.
info-sponsorship-orgs-short = Organisations: they may request it too.
info-sponsorship-orgs-title = 🏢 <b>Organisations</b>
info-sponsorship-note-title = 🗒 <b>Note</b>
info-cover-economy-air-travel = economy air travel
info-cover-accommodation = accommodation
info-cover-meals = meals
info-cover-daily-allowance = a daily allowance
info-cover-local-transport = local transport
info-cover-visa-costs = visa costs
info-cover-travel-insurance = travel insurance

## The screens' further parts: one button each, and the way back to the screen's first part
info-part-agenda = 📋 Agenda
info-part-speakers = 🎤 Speakers
info-part-field-visit = 🚌 Field visit
info-part-background = 📜 Background
info-part-links = 🔗 Links
info-part-languages = 🗣 Languages
info-part-hosts = 🏛 Host
info-part-open-points = ❔ Not known yet
info-part-nominations = 👥 Nominations
info-part-organisations = 🏢 Organisations
info-part-note = 🗒 Note
info-back-programme = ⬅️ Back to the programme
info-back-sponsorship = ⬅️ Back to sponsorship
info-back-logistics = ⬅️ Back to logistics

info-deadline-open = { $when } ({ $zone }) — closes { $left }
info-deadline-closed = { $when } ({ $zone }) — closed
info-deadline-yours = = { $when } in your time zone ({ $zone })
info-left-days = { $n ->
    [one] in { $n } day
   *[other] in { $n } days
}
info-left-hours = { $n ->
    [one] in { $n } hour
   *[other] in { $n } hours
}

info-timezone-ask = Which city or country are you in? Send, for example, <code>/timezone Lima</code>, <code>/timezone Suiza</code> or <code>/timezone UTC-5</code>.
info-timezone-current = Your time zone is now: { $zone }.
info-timezone-set = Done: I will also show times in your time zone ({ $zone }). It is { $now } there now.
info-timezone-unknown = I could not find “{ $place }”. Try a nearby city, your country, or an offset such as UTC-5.
info-timezone-cleared = Done: I will show times only in the event's time zone.
