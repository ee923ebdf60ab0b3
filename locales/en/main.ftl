## Start, events and the main menu

start-greeting = Hello, { $name }! I am the delegates' assistant for international meetings of the Anti-Personnel Mine Ban Convention.
start-event-selected =
    <b>{ $title }</b>
    { $when }{ $where }

    What do you need? Choose below, or just write your question.
start-event-selected-past =
    <b>{ $title }</b> (past event)
    { $when }{ $where }

    This event has ended. You can still read its information.
start-unknown-event = I could not find an event called “{ $key }”. Here are the events I know:
events-choose = Which event are you interested in?
events-none-upcoming = There are no current or upcoming events at the moment.
events-none = No events are published yet. Please try again later.
events-past-title = Past events:
events-show-past = 🕘 Past events
events-past-label = { $title } (past)
events-current-label = { $title } (now)
event-needed = Please choose an event first.

menu-prompt = What do you need?
menu-programme = 📅 Programme
menu-sponsorship = ✈️ Sponsorship
menu-logistics = 📍 Logistics
menu-register = 📝 Register
menu-ask = ❓ Ask a question
menu-my-registration = 👤 My registration
menu-language = 🌐 Language
menu-switch-event = 🔁 Other event
coming-soon = This part of the assistant is coming soon. Meanwhile, write your question, or contact the organisers.

## Places and formats

format-in_person = In person
format-virtual = Virtual (online)
format-hybrid = Hybrid (in person and online)
where-place = { $format } · { $place }
where-virtual = { $format }

## Language

language-choose = Choose your language:
language-set = Done: I will write to you in English.

## Help and commands

help-text =
    I answer questions about the event's programme, sponsorship and logistics, in English and Spanish.

    /start – choose an event and open the menu
    /event – switch to another event
    /register – confirm your participation or request sponsorship
    /myregistration – see, change or withdraw your registration
    /timezone – also show times in your time zone (e.g. /timezone Lima)
    /language – English or Spanish
    /notifications – reminders before deadlines and the event: on or off
    /cancel – stop what you are doing
    /mydata – everything stored about you
    /forget – delete your data
    /help – this message

    You can also simply write a question, for example “When does it start?”.
cmd-start = Choose an event and open the menu
cmd-event = Switch to another event
cmd-language = Change language (English / Spanish)
cmd-register = Confirm your participation, or request sponsorship
cmd-myregistration = See, change or withdraw your registration
cmd-timezone = Show times in your own time zone
cmd-cancel = Stop what you are doing
cmd-mydata = See everything stored about you
cmd-forget = Delete your data
cmd-help = What I can do
cmd-notifications = Reminders on or off
# The organisers' commands (their menu in the organisers' groups and in their private chats)
cmd-stats = Counts and a chart of an event's registrations
cmd-export = Registrations and requests as CSV and Excel files
cmd-find = Look a delegate up by name, e-mail or reference
cmd-registration = A registration in full, by its reference
cmd-decide = Decide or change the decision on a sponsorship request
cmd-audit = The history of a registration, request, code or question
cmd-invite = An invitation code for an organisation
cmd-floor = The moderator's queue of the floor and questions at a debate
cmd-broadcast = Send an announcement to registrants
cmd-broadcasts = Past and scheduled announcements
cmd-broadcast_cancel = Stop the announcement being sent

## Hints and errors

hint-unknown-command = I do not know that command. Send /help to see what I can do.
hint-unsupported = I can only read text messages. Please write your question, or use the menu buttons.
hint-stale-button = That button is no longer valid. Here is the current menu.
error-generic = Sorry, something went wrong on my side. Please try again in a moment.
text-shortened = … (shortened)
language-name-en = English
language-name-es = Español

## Organisers

org-refused = Only the organisers can do this.
