## Posts in the organisers' group (and their e-mail copies), in ORGANISER_LANGUAGE

org-reg-head =
    { $change ->
        [changed] ✏️ <b>Registration changed</b>
        [withdrawn] 🗑 <b>Registration withdrawn</b>
       *[new] 🆕 <b>New registration</b>
    } · { $reference } · { $title }
org-reg-body =
    Name: { $name }
    Position: { $position }
    Delegation: { $delegation } · { $country }
    Organisation: { $organisation }
    E-mail: { $email }
    Language: { $language }
org-reg-floor = 🎙 { $kind ->
        [floor] Asks for the floor to share experiences
       *[question] Has a question for the debate
    }
org-reg-floor-topic = « { $topic } »
org-reg-changed = Changed: { $fields }
org-field-answers = answers to the event's questions

org-spons-head =
    { $change ->
        [withdrawn] 🗑 <b>Sponsorship request withdrawn</b>
       *[submitted] ✈️ <b>Sponsorship request</b>
    } · { $request } · { $reference } · { $title }
org-spons-body =
    Nominee: { $nominee } ({ $position }), { $email }
    Requested by: { $requester } · { $party }
    Role: { $slot }
    Departure from: { $city } · Accommodation: { $accommodation } · Meals: { $meals }
    Travel: { $arrival } – { $departure }
    Status: { $status }
org-spons-decided =
    { $status ->
        [approved] ✅ Approved
        [declined] ✖️ Declined
       *[waitlisted] ⏳ Put on the waiting list
    } by { $name }, { $when }
org-spons-withdrawn = 🗑 Withdrawn by the delegate, { $when }
org-btn-approve = ✅ Approve
org-btn-decline = ✖️ Decline
org-btn-waitlist = ⏳ Waiting list
org-btn-change = ✏️ Change decision
org-spons-reason = Reason: { $reason }

org-question-head = ❓ <b>Question from a delegate</b> · { $question } · { $title }
org-question-body =
    Language: { $language }{ $reference }

    « { $text } »
org-question-reference = {" "}· registration { $reference }
org-question-hint = Reply to this message to answer: your reply is sent to the delegate.
org-question-answered =
    ✅ Answered by { $name }, { $when }:
    { $answer }
org-question-faq = 📚 Added to the FAQ by { $name }, { $when }
org-btn-faq = 📚 Add to the FAQ

org-yes = yes
org-no = no
org-none = —
org-status =
    { $status ->
        [submitted] submitted (place held)
        [waitlisted] on the waiting list
        [approved] approved
        [declined] declined
       *[withdrawn] withdrawn
    }

## Answers to organisers' buttons and replies

org-stale = This button is no longer valid; nothing changed.
org-decision-done =
    { $status ->
        [approved] Approved.
        [declined] Declined.
       *[waitlisted] Put on the waiting list.
    }
org-decision-already = Already decided by { $name }, { $when }: { $status }. Nothing changed.
org-decision-now = This request is now { $status }. Nothing changed.
relay-already-answered = This question was already answered by { $name }, { $when }. Your reply was not sent.
relay-gone = This question is no longer in the bot (its author may have deleted their data).
relay-faq-done = Added to the FAQ: delegates asking this again get the answer at once.
relay-faq-already = Already added to the FAQ by { $name }. Nothing changed.
relay-faq-unanswered = Answer the question first (reply to it), then add it to the FAQ.

## Confirming and changing decisions (buttons of a request's post, /decide)

org-decide-confirm =
    { $status ->
        [approved] ✅ <b>Approve</b>
        [declined] ✖️ <b>Decline</b>
       *[waitlisted] ⏳ <b>Put on the waiting list</b>
    } sponsorship request <b>{ $request }</b> ({ $nominee }, { $party })?
    { $reasons ->
        [0] Confirm below, or give a reason in your own words:
       *[other] Choose the reason the delegate will read (in their language), or confirm without one, or give a reason in your own words:
    } <code>/decide { $request } { $verb } …</code>
org-decide-verb =
    { $status ->
        [approved] approve
        [declined] decline
       *[waitlisted] waitlist
    }
org-btn-confirm =
    { $status ->
        [approved] ✅ Approve without a reason
        [declined] ✖️ Decline without a reason
       *[waitlisted] ⏳ Waiting list without a reason
    }
org-btn-cancel = Cancel
org-decide-asked = Confirm below.
org-decide-done =
    { $status ->
        [approved] ✅ Sponsorship request <b>{ $request }</b> approved by { $name }.
        [declined] ✖️ Sponsorship request <b>{ $request }</b> declined by { $name }.
       *[waitlisted] ⏳ Sponsorship request <b>{ $request }</b> put on the waiting list by { $name }.
    } The delegate is told{ $reason ->
        [yes] , with the reason.
       *[no] .
    }
org-decide-cancelled = Nothing changed: sponsorship request { $request } is still { $status }.
org-decide-choose =
    Sponsorship request <b>{ $request }</b> · { $nominee } · { $party }: { $status }.
    { $decided ->
        [yes] Choose the new decision:
       *[no] Choose the decision:
    }
org-decide-usage = Usage: <code>/decide REFERENCE</code> (buttons to choose), or <code>/decide REFERENCE approve|decline|waitlist [reason in your own words]</code>, for example <code>/decide S12 decline The nomination arrived after the deadline.</code> A request's reference (S12) is in its post, in /registration and in the exports.
org-decide-unknown = No sponsorship request has the reference “{ $reference }”.
org-decide-which = { $reference } has several sponsorship requests: { $requests }. Send /decide with one of them.
org-decide-none = { $reference } has no sponsorship request.
org-decide-closed = Sponsorship request { $request } was withdrawn by the delegate: there is nothing to decide.
org-decide-same = Sponsorship request { $request } is already { $status }. Nothing changed.

## Organisers' commands

org-invite-usage =
    Usage: <code>/invite EVENT [ORGANISATION]</code>, for example <code>/invite rsd2026 Survivors Network</code>.
    Events: { $events }
org-invite-unknown = I do not know the event “{ $key }”. Events: { $events }
org-invite-not-needed = { $title } does not sponsor organisations by invitation: no code is needed.
org-invite-unnamed = (organisation not named)
org-invite-too-long = That organisation's name is { $length } characters long; please shorten it to { $max } characters at most.
org-invite-done =
    🎟 Invitation code for <b>{ $organisation }</b> · { $title }:
    <code>{ $code }</code>

    Send it to the organisation with these instructions: open { $link } in Telegram, confirm participation as an NGO or international organisation, then press “Request sponsorship” and enter the code. A code can be used by one person only.

org-audit-usage = Usage: <code>/audit REFERENCE</code>: a registration's reference (e.g. RSD-7K3Q, with its sponsorship requests), a sponsorship request's (S12), an invitation code (INV-…) or a relayed question (Q12).
audit-none = Nothing in the log about { $ref }.
audit-head = 🗂 <b>History of { $ref }</b>
audit-line = { $when } · <b>{ $action }</b> · { $who }{ $changes }
audit-change = { $key }: { $before } → { $after }
audit-who =
    { $kind ->
        [organiser] { $name }
        [delegate] the delegate
       *[system] the bot
    }
audit-action =
    { $action ->
        [registration-confirmed] registration confirmed
        [registration-changed] registration changed
        [registration-withdrawn] registration withdrawn
        [sponsorship-submitted] sponsorship request { $request } made (place held)
        [sponsorship-waitlisted] sponsorship request { $request } on the waiting list
        [sponsorship-approved] sponsorship request { $request } approved
        [sponsorship-declined] sponsorship request { $request } declined
        [sponsorship-withdrawn] sponsorship request { $request } withdrawn
        [invitation-issued] invitation issued
        [invitation-used] invitation used for sponsorship request { $request }
        [question-requested] question passed on by the delegate
        [question-relayed] question posted to the organisers
        [question-answered] question answered
        [question-added_to_faq] answer added to the FAQ
       *[other] { $action }
    }

## Messages to delegates, in their language

notify-decision =
    { $status ->
        [approved] ✅ Your sponsorship request for { $nominee } ({ $title }) has been <b>approved</b>.
        [declined] Your sponsorship request for { $nominee } ({ $title }) has been declined.
       *[waitlisted] ⏳ Your sponsorship request for { $nominee } ({ $title }) is on the <b>waiting list</b>: you will be told here if it is approved.
    }
notify-nominee-decision =
    { $status ->
        [approved] ✅ The sponsorship request { $requester } made for you ({ $title }) has been <b>approved</b>.
        [declined] The sponsorship request { $requester } made for you ({ $title }) has been declined.
       *[waitlisted] ⏳ The sponsorship request { $requester } made for you ({ $title }) is on the <b>waiting list</b>: you will be told here if it is approved.
    }
notify-nominee-mail =
    Sponsorship request for you: { $title }

    For the attention of { $nominee }:

    { $requester } asked the organisers to sponsor your participation ({ $title }). { $status ->
        [approved] The request has been <b>approved</b>.
        [declined] The request has been declined.
       *[waitlisted] The request is on the <b>waiting list</b>: you will be told by e-mail if it is approved.
    }
notify-decision-changed = 🔄 The organisers have changed their decision on a sponsorship request.
notify-decision-reason = Reason: { $reason }
notify-decision-contact = For any question: { $contact }
notify-answer =
    📬 <b>The organisers answered your question</b>
    « { $question } »

    { $answer }
relay-faq-answer =
    💬 The organisers have answered this question:

    { $text }

## The organisers' group: several notices in one message (a bot may post only 20 messages a minute in a
## group), and the e-mail sent when the bot cannot post there

org-digest-head = 📋 <b>{ $count ->
        [one] One notice
       *[other] { $count } notices
    } in one message</b> (a bot may post only 20 messages a minute in a group)
org-digest-event = <b>{ $title }</b>
org-digest-registration =
    { $change ->
        [changed] ✏️ Registration changed
        [withdrawn] 🗑 Registration withdrawn
       *[new] 🆕 New registration
    } · { $reference } · { $name } · { $country }
org-digest-sponsorship =
    { $change ->
        [withdrawn] 🗑 Sponsorship request withdrawn
       *[submitted] ✈️ Sponsorship request
    } · { $request } · { $reference } · { $nominee }
org-digest-forgotten = 🗑 Data deleted on request: { $references }
org-unreachable =
    ⚠️ <b>I cannot post in the organisers' group</b> ({ $chat })
    Since { $since }, Telegram answers: { $error }.
    The notices for the group are kept and retried, and will be posted as soon as I can write there again (retries stop after about five hours). Please check that the bot is still a member of the group and may send messages there, and that the group's id (ORGANISER_CHAT_ID, or the event's organiser_chat_id) is right. You get this e-mail once per interruption.
