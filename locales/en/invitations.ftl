## Organisations without an invitation code ask the organisers for one; organisers issue it in one tap

spons-by-invitation =
    ✉️ <b>Sponsorship for organisations is by invitation</b>
    The organisers invite a few organisations to request sponsorship and send each of them an invitation code.
    { $asked ->
        [no] If you have a code, press “I have a code”. If not, you can ask the organisers for one: they decide whom to invite.
       *[other] You asked the organisers for a code on { $asked }. When they issue it, it will arrive here with a link that opens your request with the code filled in. If you already have a code, press “I have a code”.
    }
    Contact: { $contact }
spons-have-code-button = 🔑 I have a code
spons-ask-code-button = 📨 Ask the organisers for a code
spons-code-asked =
    📨 I have asked the organisers for an invitation code{ $organisation ->
        [none] {""}
       *[other] {" "}for { $organisation }
    }. If they issue one, it will arrive here with a link that opens your sponsorship request with the code filled in: there is nothing else to do now.
spons-code-asked-before = 📨 You have already asked the organisers for a code. If they issue one, it will arrive here with a link that opens your sponsorship request with the code filled in.
notify-code-issued =
    🔑 <b>Your invitation code for { $title }</b>: { $code }
    Open this link to request sponsorship with the code already filled in: { $link }

org-code-request-head = 📨 <b>Invitation code requested</b> · { $reference } · { $title }
org-code-request-hint = An organisation asks for a code to request sponsorship. “Issue a code” creates one and sends it to the delegate with a link.
org-code-request-issued = 🔑 Code { $code } issued by { $name }, { $when }, and sent to the delegate.
org-btn-issue-code = 🔑 Issue a code
org-code-issued-ack = Code { $code } issued and sent to the delegate.
org-code-already-issued = A code was already issued for this request; nothing changed.
org-code-request-gone = This request is no longer there (the registration was deleted); nothing changed.
