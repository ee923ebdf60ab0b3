## Broadcasts: organisers' side (ORGANISER_LANGUAGE) and the header every recipient sees

bc-message-header = 📣 <b>{ $title }</b>
bc-start = 📣 <b>New announcement</b> for { $title }.
    Who should receive it? (Each person gets it in their own language when you write both.)
bc-segment =
    { $code ->
        [all] Everyone registered
        [states] State delegations
        [one-state] One State's delegation…
        [organisations] Organisations
        [lang-es] People who use Spanish
        [lang-en] People who use English
        [spons-any] Everyone who requested sponsorship
        [spons-submitted] Sponsorship: awaiting a decision
        [spons-approved] Sponsorship: approved
        [spons-waitlisted] Sponsorship: waiting list
        [spons-declined] Sponsorship: declined
        [spons-none] State delegations without a sponsorship request
        [travel-missing] Sponsored, travel dates missing
        [contributors] Asked for the floor or sent a question
        [support] Asked for interpretation or accessibility support
        [unfinished] Started registering, did not finish
       *[other] { $code }
    }
bc-segment-state = State delegation of { $country }
bc-ask-country = 🌎 Which State? Reply with its name.
bc-country-placeholder = The State's name
bc-country-unknown = I do not recognise “{ $typed }” as a State. Reply with its name, e.g. Colombia.
bc-attached = 📎 Attached: it goes with the text.
bc-caption-too-long = With a photo or a document, Telegram allows at most { $limit } characters of text (the event's name included). Please shorten it.
bc-only = Only those who use { $language ->
        [es] Spanish
       *[en] English
    } ({ $count })
bc-discard-button = ✖️ Discard
bc-segment-empty = Nobody is in “{ $segment }” yet. Choose another group.
bc-segment-chosen = 👥 <b>{ $segment }</b>: { $count ->
        [one] 1 person
       *[other] { $count } people
    } (Spanish { $es }, English { $en }){ $unreachable ->
        [0] {""}
       *[other] , and { $unreachable } who blocked the bot (skipped)
    }.
bc-ask-text = { $language ->
        [es] ✍️ Reply with the announcement <b>in Spanish</b> (formatting and links are kept), or /skip to write it in English only. /cancel discards it.
       *[en] ✍️ Reply with the announcement <b>in English</b>, or /skip if you wrote it in Spanish only. /cancel discards it.
    }
bc-placeholder = { $language ->
        [es] The announcement in Spanish
       *[en] The announcement in English
    }
bc-need-text = Write the announcement in at least one language.
bc-use-buttons = Please use the buttons above, or /cancel to discard the announcement.
bc-preview = 👆 This is what recipients will see.
    <b>{ $count ->
        [one] 1 recipient
       *[other] { $count } recipients
    }</b>: { $es } in Spanish, { $en } in English.{ $fallback ->
        [0] {""}
        [one] {" "}1 of them gets the other language (their own was not written).
       *[other] {" "}{ $fallback } of them get the other language (their own was not written).
    }{ $unreachable ->
        [0] {""}
       *[other] {" "}{ $unreachable } blocked the bot and will be skipped.
    }
bc-send-now-button = 📤 Send now to { $count }
bc-schedule-button = 🕘 Schedule
bc-discarded = Announcement discarded: nothing was sent.
bc-stale = This announcement is no longer being written.
bc-sending = 📤 Announcement #{ $number } is being sent to { $count ->
        [one] 1 person
       *[other] { $count } people
    }. Progress follows below; /broadcast_cancel { $number } stops it.
bc-ask-time = 🕘 When should it be sent? Reply with a date and time in { $zone } time, e.g. <code>{ $example }</code>.
bc-bad-time = I could not read that as a date and time.
bc-past-time = That time has already passed.
bc-scheduled = 🕘 Announcement #{ $number } will be sent on { $when }. /broadcast_cancel { $number } cancels it.
bc-progress = 📤 <b>Announcement #{ $number }</b> · { $title }
    Sent { $sent } of { $total } · unreachable { $unreachable } · failed { $failed } · remaining { $remaining }
    About { $minutes } min { $seconds } s left.
bc-report = { $status ->
        [cancelled] ⏹ <b>Announcement #{ $number } stopped</b>
       *[other] ✅ <b>Announcement #{ $number } delivered</b>
    } · { $title }
    Sent { $sent } of { $total } · unreachable (blocked the bot) { $unreachable } · failed { $failed }{ $cancelled ->
        [0] {""}
       *[other] {" "}· not sent (stopped) { $cancelled }
    }
bc-list = { $count ->
        [0] 📣 No announcements yet. /broadcast writes one.
        [one] 📣 <b>The latest announcement</b>
       *[other] 📣 <b>The latest { $count } announcements</b>
    }
bc-list-line = <b>#{ $number }</b> · { $title } · { $status ->
        [scheduled] 🕘 scheduled for { $when }
        [sending] 📤 sending since { $when }
        [done] ✅ sent { $when }
        [cancelled] ⏹ stopped
        [skipped] ⏭ not sent: its moment had passed
       *[other] { $status }
    }
    { $segment } · sent { $sent } of { $total }, unreachable { $unreachable }, failed { $failed }{ $cancelled ->
        [0] {""}
       *[other] , not sent { $cancelled }
    }
bc-cancel-none = There is no announcement being sent or scheduled to stop.
bc-cancelled = ⏹ Announcement #{ $number } stopped: { $sent } already sent, { $unsent } left unsent.
bc-reminder-skipped = ⏭ The reminder “{ $reminder }” for { $title } was not sent: its moment ({ $when }) passed while the bot was not running.
bc-reminder-name =
    { $name ->
        [registration_closes] registration closes soon
        [sponsorship_deadline] sponsorship deadline soon
        [travel_details] travel details missing
        [event_starts] the event starts tomorrow
       *[other] { $name }
    }

## Change notices (proposed to organisers when an event file changes; sent to registrants on a tap)

change-intro = 🔔 <b>Please note a change</b>:
change-line = • { $field }: { $old } → <b>{ $new }</b>
change-field =
    { $field ->
        [dates] Dates
        [sessions] Sessions
        [venue] Venue
        [format] Format
        [registration_closes] Registration closes
        [sponsorship_deadline] Sponsorship requests until
       *[other] { $field }
    }
change-format =
    { $format ->
        [in_person] in person
        [virtual] online
        [hybrid] in person and online
       *[other] { $format }
    }
change-not-stated = not stated
change-to-be-confirmed = to be confirmed
change-proposed = 📝 <b>{ $title }</b> changed in its event file. Proposed announcement to { $count ->
        [one] the 1 person registered
       *[other] the { $count } people registered
    }, exactly as they will see it:
change-send-button = 📤 Send to { $count ->
        [one] 1 registrant
       *[other] { $count } registrants
    }
change-edit-button = ✏️ Edit first
change-sending = 📤 The change notice (announcement #{ $number }) is being sent to { $count ->
        [one] 1 person
       *[other] { $count } people
    }.
change-edit = ✍️ Write the notice yourself: the proposal above can be copied and edited.
