"""Yes and no only where the event data settles them: the questions a review of session 5's rules found
answered with a wrong yes or no, each with how its reply must begin (NEITHER: with neither; DEFER: a
deferral, with neither). In process, no Telegram."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.answers.engine import Engine
from bot.events.registry import EventRegistry
from tests.test_answers_dev import engine, registry  # noqa: F401 (shared fixtures)

NOW = datetime(2026, 3, 20, 15, 0, tzinfo=UTC)
NEITHER = ""
DEFER = "defer"  # a deferral, beginning with neither

CASES = [
    # who signed: tags and "and" are no part of who; a body no signatory belongs to is a no
    ("mfa2021", "en", "Is it signed by Almagro, right?", "Yes."),
    ("mfa2021", "es", "¿Firmó la invitación Luis Almagro?", "Sí."),
    ("mfa2021", "en", "Is it signed by Almagro and Cabrera?", "Yes."),
    ("mfa2021", "en", "Isn't the invitation signed by the Secretary-General of the UN?", "No."),
    ("rsd2026", "en", "Is it signed by the ISU director?", "Yes."),
    # "just" and "solo para" claim nothing is the only one; "only" is checked within the role named
    ("va2020", "en", "Just to check, does Thailand moderate the debate?", "Yes."),
    ("va2020", "en", "I just want to know if it is in Spanish", "Yes."),
    ("va2020", "en", "Is Thailand only moderating, not opening?", "Yes."),
    ("mfa2021", "es", "la OEA organiza sola el dialogo?", "No."),
    # a guess after a comma in a "who" question is a yes/no question about it; "roughly" guesses nothing
    ("rsd2026", "en", "who funds the sponsorship, the EU?", "Yes."),
    ("rsd2026", "es", "¿quién organiza el diálogo, la OEA?", "No."),
    ("mfa2021", "en", "who is organising it, the OAS right?", "Yes."),
    ("rsd2026", "en", "when is it, roughly?", NEITHER),
    # dates and times: "from 10 to 11 February" is a date; "late May" is not the first week
    ("mfa2021", "en", "Is it from 10 to 11 February?", "Yes."),
    ("mfa2021", "es", "¿No es de 9 a 12 hora de Lima?", "Sí."),
    ("rsd2026", "es", "¿Es a finales de mayo?", "No."),
    ("rsd2026", "en", "is it mid May?", NEITHER),
    ("rsd2026", "en", "Is the final day a Friday?", NEITHER),
    ("rsd2026", "es", "el dialogo de San Salvador ya tiene fecha fija?", "No."),
    # observers, nominees, groups
    ("mfa2021", "en", "Can observers vote?", NEITHER),
    ("rsd2026", "en", "Do both nominees have to be women?", NEITHER),
    ("rsd2026", "en", "We are 4 from the ministry, can we all attend?", "Yes."),
    ("rsd2026", "en", "We are 3 from the Ministry and 1 from the MAC. Can all 4 of us be sponsored?", "No."),
    # a sentence about another occasion, or negated, does not say yes
    ("va2020", "en", "Did experts from Norway and Peru share lessons at this debate?", NEITHER),
    ("va2020", "en", "Does it say the scarcity of technical resources is not a challenge?", NEITHER),
    # a phrase quoted from the invitation: its sentence, and yes to "does it say…?"
    ("va2020", "es", "¿la nota dice que se haga con 'la misma precisión e intensidad'?", "Sí."),
    # time zones compared by offset
    ("mfa2021", "en", "Is Canada covered by one of the time zones in the invitation?", "Yes."),
    ("mfa2021", "en", "Is Brazil covered by one of the time zones in the invitation?", "No."),
    # the field visit: only what its note says
    ("rsd2026", "en", "Is the field visit half a day?", "Yes."),
    ("rsd2026", "en", "3 days in San Salvador with a full-day field visit, yes?", "No."),
    ("rsd2026", "en", "is there gonna be a demo of detection equipment during the field visit", NEITHER),
    # session-tuning round 12: lengths in hours, the same hours every day, what an acronym is taken for
    ("va2020", "es", "el debate dura dos horas, no?", "Sí."),
    ("va2020", "en", "it runs for 3 hours right?", "No."),
    ("mfa2021", "en", "do both sessions start at the same time?", "Yes."),
    ("rsd2026", "en", "INABVE is the national mine action centre, correct?", "No."),
    ("rsd2026", "es", "el INABVE es un instituto de veteranos, verdad?", "Sí."),
    ("rsd2026", "en", "the ISU is the organiser, right?", "Yes."),  # a role, not what ISU stands for
    # "solo para": a claim on who is invited
    ("mfa2021", "es", "¿el diálogo es solamente para gobiernos?", "No."),
    ("va2020", "en", "is the debate just for governments?", NEITHER),  # no list of who is invited
    # the encouraged lists: a State is checked against the line the question names ("art." is "article")
    ("rsd2026", "en", "Peru is one of those that declared completion under art. 5, isn't it?", "No."),
    ("rsd2026", "es", "¿Honduras está entre los que declararon el cumplimiento del art. 5?", "Sí."),
    ("rsd2026", "en", "Is it worth attending for Nicaragua?", "Yes."),
    # a well-known body named as paying, which none of the event's parties is
    ("rsd2026", "en", "are the sponsored tickets paid for by UNICEF?", "No."),
    ("rsd2026", "es", "¿los pasajes los financia el PNUD?", "No."),
    # the confirmation of participation the invitation asks for, sponsorship or not
    ("rsd2026", "es", "si no pedimos patrocinio, ¿igual tenemos que confirmar la participación?", "Sí."),
    # blind13 round: a tag with no question mark ("isn't it", read as "is not it"); whether a State is on
    # the sponsorship list is what the list says, whether an unlisted one may still apply is not said
    ("rsd2026", "en", "it's held in Tegucigalpa isn't it", "No."),
    ("rsd2026", "en", "they cover the hotel don't they", "Yes."),
    ("rsd2026", "es", "¿figura Belice en la lista de Estados que pueden pedir patrocinio?", "No."),
    # the language of a programme known only by its note ("in English and Spanish")
    ("mfa2021", "en", "is the programme in French?", "No."),
    ("mfa2021", "es", "¿el programa viene en inglés?", "Sí."),
    # blind14 round: "is X mentioned?" is whether the event's texts name it (a State, or a phrase whose
    # every word one sentence holds), whatever occasion that sentence tells of; an acronym asked as "is
    # the X the Y?" is checked against what it stands for
    ("va2020", "en", "does the text name Peru anywhere?", "Yes."),
    ("mfa2021", "en", "is Bolivia mentioned in the invitation?", "No."),
    ("rsd2026", "es", "¿se menciona la igualdad de género?", "Sí."),
    ("va2020", "en", "is responsabilidad social mentioned?", "Yes."),
    ("rsd2026", "en", "is the INABVE a ministry of foreign affairs?", "No."),
]


DEFERRED = [
    ("rsd2026", "en", "What happens if we miss the 31 March deadline by a few days?", DEFER),
    ("rsd2026", "es", "si mi jefe no puede viajar, puedo mandar a otra persona en su lugar?", DEFER),
    ("va2020", "en", "We are 6 from the Ministry, is there a limit on how many of us can register?", DEFER),
    ("mfa2021", "es", "¿Cuál es el plazo de desminado de Perú?", DEFER),
    # kinds of person no list names: a youth delegate, a member of parliament (named before a pronoun)
    ("va2020", "en", "Can a youth network register for the debate?", DEFER),
    ("rsd2026", "es", "Mi jefe es senador. ¿Él puede ser uno de los funcionarios patrocinados?", DEFER),
    # how a covered ticket is bought or paid back; cover for those not sponsored; which sign language
    ("rsd2026", "en", "Will the ISU issue the ticket or do we get reimbursed afterwards?", DEFER),
    ("rsd2026", "es", "¿los que no son patrocinados también tienen el alojamiento cubierto?", DEFER),
    ("va2020", "en", "Will the sign language be international or a national one?", DEFER),
    # which day is given to which topic, before any programme says so
    ("rsd2026", "en", "is the clearance day the last day of the three?", DEFER),
    # interpreters' own arrangements are not the languages interpreted
    ("va2020", "es", "¿cuánto les pagan a los intérpretes de árabe?", DEFER),
    ("rsd2026", "en", "Are you hiring Spanish interpreters for San Salvador?", DEFER),
    # travel days are not the event's dates
    ("rsd2026", "es", "¿cuál sería la fecha de llegada recomendada a San Salvador?", DEFER),
    # what the debate will yield (pledges), and translations of documents, no invitation says
    ("va2020", "en", "Will donors make pledges during the debate?", DEFER),
    ("mfa2021", "es", "¿los documentos se traducirán al inglés?", DEFER),
    ("rsd2026", "en", "Belize isn't listed, can we still request sponsorship?", DEFER),
    # a seat paid by the State itself is not in the sponsored quota; an amount is not a funder's name;
    # how many one institution may register, where no limit is set
    ("rsd2026", "es", "¿puede venir una tercera persona si la pagamos nosotros?", DEFER),
    ("mfa2021", "es", "¿y cuánto dinero pone la Unión Europea?", DEFER),
    ("va2020", "es", "¿cuántas personas puede inscribir una institución?", DEFER),
]


@pytest.mark.parametrize(("key", "lang", "text", "begins"), CASES + DEFERRED)
def test_yes_and_no_only_where_the_data_settles_them(
    engine: Engine,  # noqa: F811
    registry: EventRegistry,  # noqa: F811
    key: str,
    lang: str,
    text: str,
    begins: str,
) -> None:
    reply = engine.answer(text, event=registry.get(key), events=registry.all(), lang=lang, now=NOW)
    if begins == DEFER:  # what the invitation does not settle is deferred, without a yes or no
        assert reply.kind == "defer", reply.html
    if begins in (NEITHER, DEFER):
        assert not reply.html.startswith(("Yes.", "No.", "Sí.")), reply.html
    else:
        assert reply.html.startswith(begins), reply.html
