## Reminders (sent as broadcasts, in the recipient's language) and /notifications

reminder-registration-closes = ⏰ Registration closes on <b>{ $when }</b>. You started registering but did not finish: /register continues where you left off.
reminder-sponsorship-deadline = ⏰ The deadline to request sponsorship is <b>{ $when }</b>, and your delegation has not requested it yet. /myregistration shows how.
reminder-travel-details = ✈️ Your sponsorship is approved, but your travel dates are missing, and the tickets cannot be booked without them. Please send them before <b>{ $when }</b> (contact: { $contact }).
reminder-event-starts = 📅 The event starts tomorrow: <b>{ $when }</b>.
reminder-your-time = 🕒 In your time zone ({ $zone }): <b>{ $when }</b>.
reminder-footer = <i>/notifications turns reminders off.</i>
notifications-state = { $off ->
        [yes] 🔕 Reminders are <b>off</b>: you will not get reminders about deadlines or the start of your events. Announcements from the organisers still reach you.
       *[no] 🔔 Reminders are <b>on</b>: you get a reminder before a deadline that concerns you and the day before your event starts. Announcements from the organisers always reach you.
    }
notifications-turn-off = 🔕 Turn reminders off
notifications-turn-on = 🔔 Turn reminders on
