## Delegates' data rights: /mydata and /forget

mydata-title =
    🗂 <b>Your data</b>
    This is everything I keep about you. The attached file has all of it, complete, in JSON.
mydata-settings-title = <b>Your settings</b>
mydata-label-language = Language
mydata-label-timezone = Time zone
mydata-label-event = Current event
mydata-label-since = First contact
mydata-label-telegram = Telegram user id
mydata-registrations-title = <b>Registrations</b>
mydata-registration-title = <b>{ $reference }</b> · { $title } ({ $status })
mydata-requests-title = <i>Sponsorship requests</i>
mydata-request-title = • { $nominee }: { $status }
mydata-drafts-title = <b>Conversations in progress</b>
mydata-draft-line =
    • { $kind ->
        [sponsorship] Sponsorship request
       *[other] Registration
    } for { $title }, started { $date }
mydata-questions-title = <b>Questions you asked</b>
mydata-question-line = • { $date }: “{ $text }”
mydata-invitations-title = <b>Invitation codes you used</b>
mydata-invitation-line = • { $code } ({ $organisation })
mydata-audit = The log of actions also has { $count ->
        [one] one entry
       *[other] { $count } entries
    } about you or your registrations (in the file).
mydata-nothing = I keep no registration, request, conversation or question of yours.
mydata-footer = To have all of this deleted, send /forget.
mydata-file-caption = Your data, in JSON.

forget-confirm =
    ⚠️ <b>Delete all your data?</b>
    I will delete: { $registrations ->
        [0] no registration
        [one] your registration { $references }
       *[other] your { $registrations } registrations ({ $references })
    }, { $requests ->
        [0] no sponsorship request
        [one] one sponsorship request (its place is freed)
       *[other] { $requests } sponsorship requests (their places are freed)
    }, { $drafts ->
        [0] no conversation in progress
        [one] one conversation in progress
       *[other] { $drafts } conversations in progress
    }, { $questions ->
        [0] no question
        [one] one question
       *[other] { $questions } questions
    }, and your settings.

    The organisers will be told the registration references that were deleted, without your name. Only anonymous counts remain (event, State, type of delegation, language, day). This cannot be undone.
forget-yes-button = 🗑 Yes, delete my data
forget-no-button = ✖️ No, keep it
forget-kept = Nothing was deleted.
forget-changed = Your data changed since you asked, so I have deleted nothing. Send /forget again to see what would be deleted now.
forget-done = ✅ Done: I have deleted your data. If you write to me again, I will treat you as a new user.
forget-organisers =
    🗑 A delegate asked me to delete their data. Deleted { $count ->
        [one] registration
       *[other] registrations
    }: { $references } ({ $events }), with their sponsorship requests; any places they held are free again. Only anonymous counts remain.
