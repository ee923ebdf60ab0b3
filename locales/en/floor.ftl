## /floor: the moderator's queue of requests for the floor and questions at a debate

floor-head = 🎙 <b>Floor and questions</b> · { $title }: { $count ->
        [0] nobody has asked yet.
        [one] one request, in the order received.
       *[other] { $count } requests, in the order received.
    }
floor-item =
    { $number }. { $state ->
        [taken] ▶️
        [done] ✅
       *[waiting] ⏳
    } <b>{ $name }</b> · { $party } · { $kind ->
        [floor] asks for the floor
       *[question] has a question
    } · { $language }{ $topic ->
        [no] {""}
       *[other] {""}
            « { $topic } »
    }
floor-more = …and { $count } more: see the CSV export.
floor-btn-taken = ▶️ { $number } taken
floor-btn-done = ✅ { $number } done
floor-btn-export = 📄 Export (CSV)
floor-marked = { $state ->
        [taken] Marked as taken.
       *[done] Marked as done.
    }
floor-no-event = Usage: /floor [EVENT]. Events whose registration asks for the floor or for questions: { $known }
floor-kind = { $kind ->
        [floor] floor
       *[question] question
    }
floor-state = { $state ->
        [taken] taken
        [done] done
       *[waiting] waiting
    }
floor-col-number = No.
floor-col-reference = Reference
floor-col-name = Name
floor-col-party = State or organisation
floor-col-kind = Request
floor-col-topic = Question or topic
floor-col-language = Language
floor-col-state = State of the request
floor-led = 🎙 { $ready ->
        [yes] You can ask for the floor, or send a question for the debate, with this question of the registration:
       *[no] To ask for the floor, or to send a question for the debate, please register: the registration asks it, after a few questions about you.
    }
