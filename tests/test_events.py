"""Event files: the three seed events, validation messages for organisers, the checker and the registry."""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.events import (
    Event,
    EventFileError,
    EventIssue,
    EventRegistry,
    Localized,
    check_events,
    load_event_file,
    load_events,
)
from bot.events import loader as loader_module

EVENTS_DIR = Path(__file__).resolve().parent.parent / "events"
SV = timezone(timedelta(hours=-6))
GMT1 = timezone(timedelta(hours=1))


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.fixture(scope="module")
def events() -> dict[str, Event]:
    result = load_events(EVENTS_DIR)
    assert result.issues == []
    return result.events


def broken_copy(tmp_path: Path, key: str, old: str, new: str) -> Path:
    """A copy of a seed event file with one text replaced (which must occur)."""
    text = (EVENTS_DIR / f"{key}.toml").read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / f"{key}.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def issues_of(path: Path) -> list[EventIssue]:
    with pytest.raises(EventFileError) as caught:
        load_event_file(path)
    assert caught.value.issues
    return caught.value.issues


def only_issue(path: Path) -> EventIssue:
    found = issues_of(path)
    assert len(found) == 1, [str(i) for i in found]
    return found[0]


# --- the three seed events -------------------------------------------------------------------


def test_the_three_seed_events_load(events: dict[str, Event]) -> None:
    assert set(events) == {"rsd2026", "mfa2021", "va2020"}
    assert [e.key for e in sorted(events.values(), key=lambda e: e.sort_key)] == [
        "va2020",
        "mfa2021",
        "rsd2026",
    ]


def test_checker_accepts_the_seed_folder() -> None:
    out = io.StringIO()
    assert check_events(EVENTS_DIR, out) == 0
    assert out.getvalue().startswith("OK: 3 event file(s)")


def test_rsd2026_facts(events: dict[str, Event]) -> None:
    ev = events["rsd2026"]
    assert ev.format == "in_person"
    assert ev.country == "SV"
    assert ev.city is not None and ev.city.en == "San Salvador"
    assert ev.timezone == "America/El_Salvador"
    assert ev.venue is not None and ev.venue.to_be_confirmed and ev.venue.name is None
    assert ev.invitation_date == date(2026, 3, 16)
    # approximate dates: only a note is shown, no exact instants are known
    assert ev.is_approximate
    assert ev.dates.start is None and ev.dates.note is not None
    assert ev.dates.note.en == "First week of May 2026 (exact dates to be confirmed)"
    assert ev.dates.duration_note is not None and "Three days (to be confirmed)" in ev.dates.duration_note.en
    assert ev.first_start is None and ev.last_end is None and ev.sessions == []
    assert ev.field_visit is not None and "half-day" in ev.field_visit.en
    # languages
    assert ev.languages == ["en", "es"] and ev.interpretation == ["en", "es"] and ev.sign_language is True
    # sponsorship
    sp = ev.sponsorship
    assert sp is not None
    assert set(sp.eligible_states) == {"SV", "CL", "CO", "NI", "PE", "CR", "GT", "HN", "SR", "VE", "EC", "AR"}
    assert len(sp.eligible_states) == 12
    assert [c.value for c in sp.covers] == ["economy_air_travel", "accommodation", "meals"]
    assert sp.max_per_state == 2
    assert [(s.id, s.count, s.subject_to_availability) for s in sp.slots] == [
        ("victim_assistance", 1, False),
        ("mine_action", 1, False),
        ("either_area", 1, True),
    ]
    assert "CRPD" in sp.slots[0].role.en
    assert "national mine action centre" in sp.slots[1].role.en
    assert sp.organisations is not None and sp.organisations.by_invitation_only
    assert sp.organisations.participants_per_organisation == 1
    assert sp.deadline == datetime(2026, 3, 31, 23, 59, 59, tzinfo=SV)
    assert sp.deadline_note is not None and "only the date" in sp.deadline_note.en
    assert "isu@apminebanconvention.org" in sp.how_to_apply.en
    assert "Council of the European Union" in sp.funder.en
    # agenda: 8 numbered topics in two sections, item 1 with sub-items a and b
    assert ev.agenda is not None
    assert [s.title.en for s in ev.agenda.sections] == [
        "Victim Assistance",
        "Matters Related to Addressing Residual Contamination",
    ]
    assert [i.number for i in ev.agenda.items()] == list(range(1, 9))
    assert [sub.label for sub in ev.agenda.items()[0].sub_items] == ["a", "b"]
    # registration: invitation date until the 31 March deadline
    reg = ev.registration
    assert reg is not None
    assert reg.opens == datetime(2026, 3, 16, tzinfo=SV)
    assert reg.closes == sp.deadline
    assert ev.contact.email == "isu@apminebanconvention.org"
    assert ev.links[0].url == "https://www.apminebanconvention.org/en/resources/eu-project/"
    assert [h.name.en for h in ev.hosts] == [
        "Veterans and Ex-Combatants Benefits Administration Institute (INABVE, in Spanish)"
    ]
    assert len(ev.organisers) == 3 and len(ev.signatories) == 3
    assert len(ev.open_points) >= 5


def test_mfa2021_facts(events: dict[str, Event]) -> None:
    ev = events["mfa2021"]
    assert ev.format is None and ev.country is None and ev.venue is None
    assert ev.timezone == "Europe/Zurich"
    assert (ev.dates.start, ev.dates.end) == (date(2021, 2, 10), date(2021, 2, 11))
    # 15:00-18:00 GMT+1 on 10 and 11 February = 14:00-17:00 UTC
    assert [(s.start.astimezone(UTC), s.end.astimezone(UTC)) for s in ev.sessions] == [
        (utc(2021, 2, 10, 14), utc(2021, 2, 10, 17)),
        (utc(2021, 2, 11, 14), utc(2021, 2, 11, 17)),
    ]
    assert ev.first_start == utc(2021, 2, 10, 14) and ev.last_end == utc(2021, 2, 11, 17)
    # announced in GMT+1 (Switzerland) and GMT-5 (Ecuador, Peru, United States)
    shown = ev.announced(ev.sessions[0])
    assert [(a.label.en, start.strftime("%H:%M"), end.strftime("%H:%M")) for a, start, end in shown] == [
        ("GMT+1, Switzerland", "15:00", "18:00"),
        ("GMT-5, Ecuador, Peru and United States", "09:00", "12:00"),
    ]
    assert [o.name.en for o in ev.organisers][:3] == [
        "Organization of American States (OAS)",
        "Government of Ecuador",
        "Government of Peru",
    ]
    assert ev.funders[0].name.es == "Unión Europea"
    assert ev.sponsorship is None and ev.agenda is None
    assert ev.languages == [] and ev.interpretation is None and ev.sign_language is None
    assert any("programa provisional" in p.es for p in ev.open_points)
    assert ev.contact.email is None and ev.contact.url == "https://bit.ly/MineFreeAmericas"
    reg = ev.registration
    assert reg is not None and reg.url == "https://bit.ly/MineFreeAmericas"
    assert reg.opens == datetime(2021, 1, 18, tzinfo=GMT1) and reg.closes is None
    assert ev.registration_closes == utc(2021, 2, 10, 14)  # defaults to the event start


def test_va2020_facts(events: dict[str, Event]) -> None:
    ev = events["va2020"]
    assert ev.format == "virtual" and ev.timezone == "Europe/Zurich"
    assert ev.dates.start == date(2020, 12, 4) and ev.dates.last_day == date(2020, 12, 4)
    (session,) = ev.sessions
    # 13:30-15:30 GMT+1 = 12:30-14:30 UTC
    assert session.start.astimezone(UTC) == utc(2020, 12, 4, 12, 30)
    assert session.end.astimezone(UTC) == utc(2020, 12, 4, 14, 30)
    assert [a.utc_offset for a in ev.announced_times] == ["+01:00"]
    assert sorted(ev.interpretation or []) == ["ar", "en", "es", "fr"] and ev.sign_language is True
    assert ev.agenda is not None
    items = ev.agenda.items()
    assert [i.number for i in items] == [1, 2, 3, 4, 5, 6]
    assert all(i.question is not None for i in items)
    assert [s.label for s in items[5].sub_items] == list("abcdefg")
    assert "Mired Raad Zeid Al-Hussein" in (ev.agenda.intro.es if ev.agenda.intro else "")
    assert [s.name.en for s in ev.speakers][1] == "The Netherlands, as President of the Convention"
    reg = ev.registration
    assert reg is not None and reg.opens is None and reg.closes is None
    assert reg.url == "https://bit.ly/CoopAssist-VA"
    choice = reg.questions[0]
    assert choice.kind == "choice" and not choice.required
    assert [o.id for o in choice.options] == ["question", "floor", "none"]
    assert "tomar la palabra" in choice.prompt.es
    assert ev.contact.email is None and ev.invitation_date is None


@pytest.mark.parametrize("key", ["rsd2026", "mfa2021", "va2020"])
def test_faq_is_generous_and_bilingual(events: dict[str, Event], key: str) -> None:
    ev = events[key]
    assert len(ev.faq) >= 10
    for entry in ev.faq:
        assert entry.question.en and entry.question.es and entry.answer.en and entry.answer.es
    topics = {e.topic.value for e in ev.faq}
    assert {"programme", "logistics", "registration", "general"} <= topics
    assert any("not known" in e.answer.en or "does not" in e.answer.en for e in ev.faq)


@pytest.mark.parametrize(("key", "contact"), [("mfa2021", "MineFreeAmericas"), ("va2020", "CoopAssist-VA")])
def test_older_events_only_use_contacts_their_invitation_gives(key: str, contact: str) -> None:
    text = (EVENTS_DIR / f"{key}.toml").read_text(encoding="utf-8")
    assert "@" not in text  # no e-mail address is given by these invitations
    assert contact in text


def test_rsd2026_never_states_an_exact_date_in_its_texts() -> None:
    text = (EVENTS_DIR / "rsd2026.toml").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith(("earliest", "latest", "#")):
            continue
        assert not re.search(r"\b([1-9]|10) May\b|\b([1-9]|10) de mayo\b", line), line


# --- status and the other derived helpers ----------------------------------------------------


@pytest.mark.parametrize(
    ("key", "now", "expected"),
    [
        ("rsd2026", utc(2026, 4, 30, 12), "upcoming"),
        ("rsd2026", datetime(2026, 5, 5, 9, tzinfo=SV), "current"),
        ("rsd2026", datetime(2026, 5, 10, 23, 59, tzinfo=SV), "current"),
        ("rsd2026", datetime(2026, 5, 11, 0, 0, tzinfo=SV), "past"),
        ("mfa2021", utc(2021, 2, 10, 13, 59), "upcoming"),
        ("mfa2021", utc(2021, 2, 10, 14, 0), "current"),
        ("mfa2021", utc(2021, 2, 11, 16, 59), "current"),
        ("mfa2021", utc(2021, 2, 11, 17, 0), "past"),
        ("va2020", utc(2020, 12, 4, 12, 29), "upcoming"),
        ("va2020", datetime(2020, 12, 4, 13, 30, tzinfo=GMT1), "current"),
        ("va2020", utc(2020, 12, 4, 14, 30), "past"),
        ("va2020", utc(2026, 3, 20), "past"),
    ],
)
def test_status(events: dict[str, Event], key: str, now: datetime, expected: str) -> None:
    assert events[key].status(now) == expected


def test_status_needs_an_aware_instant(events: dict[str, Event]) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        events["va2020"].status(datetime(2020, 12, 4, 12))


def test_registration_and_sponsorship_windows(events: dict[str, Event]) -> None:
    ev = events["rsd2026"]
    assert not ev.registration_open(datetime(2026, 3, 15, 23, 59, tzinfo=SV))
    assert ev.registration_open(datetime(2026, 3, 16, 0, 0, tzinfo=SV))
    assert ev.registration_open(datetime(2026, 3, 31, 23, 59, tzinfo=SV))
    assert not ev.registration_open(datetime(2026, 4, 1, 0, 0, tzinfo=SV))
    assert ev.sponsorship_open(datetime(2026, 3, 31, 23, 59, 59, tzinfo=SV))
    assert not ev.sponsorship_open(datetime(2026, 4, 1, 0, 0, tzinfo=SV))
    mfa = events["mfa2021"]
    assert not mfa.registration_open(utc(2021, 1, 17, 22, 59))
    assert mfa.registration_open(utc(2021, 2, 10, 13, 59))
    assert not mfa.registration_open(utc(2021, 2, 10, 14, 0))
    assert not mfa.sponsorship_open(utc(2021, 2, 1))
    assert events["va2020"].registration_open(utc(2020, 12, 1))


def test_localized_get_and_titles(events: dict[str, Event]) -> None:
    text = Localized(en="Hello", es="Hola")
    assert text.get("es") == "Hola" and text.get("es-MX") == "Hola" and text.get("ES") == "Hola"
    assert text.get("en") == "Hello" and text.get("fr") == "Hello" and text.get("") == "Hello"
    assert events["va2020"].display_title("en") == "Global debate on financing for victim assistance"
    assert events["rsd2026"].local(utc(2026, 5, 4, 15)).hour == 9


# --- broken files: what the organiser is told --------------------------------------------------


def test_unknown_key_suggests_the_right_name(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "rsd2026", "eligible_states =", "eligble_states =")
    issue = only_issue(path)
    assert issue.file == str(path)
    assert issue.path == "sponsorship.eligble_states"
    assert "unknown field" in issue.message
    assert issue.hint == "did you mean `eligible_states`?"
    assert issue.line is not None and "eligble_states" in path.read_text().splitlines()[issue.line - 1]


def test_top_level_key_after_a_table_is_explained(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "va2020", '\ntimezone = "Europe/Zurich"\n', "\n")
    path.write_text(path.read_text() + '\ntimezone = "Europe/Zurich"\n')
    found = issues_of(path)
    paths = {i.path for i in found}
    assert "timezone" in paths  # missing at the top
    moved = next(i for i in found if i.path.endswith(".timezone"))
    assert "top of the file" in moved.hint


def test_bad_time_zone(tmp_path: Path) -> None:
    issue = only_issue(
        broken_copy(
            tmp_path, "rsd2026", '\ntimezone = "America/El_Salvador"', '\ntimezone = "America/San_Salvador"'
        )
    )
    assert issue.path == "timezone"
    assert "not a known time zone" in issue.message
    assert "America/El_Salvador" in issue.hint


def test_offset_instead_of_time_zone(tmp_path: Path) -> None:
    issue = only_issue(
        broken_copy(tmp_path, "va2020", '\ntimezone = "Europe/Zurich"', '\ntimezone = "GMT+1"')
    )
    assert issue.path == "timezone" and "announced_times" in issue.hint


def test_bad_country_code(tmp_path: Path) -> None:
    issue = only_issue(broken_copy(tmp_path, "rsd2026", 'country = "SV"', 'country = "El Salvador"'))
    assert issue.path == "country"
    assert "ISO 3166" in issue.message
    assert '"SV"' in issue.hint


def test_bad_country_in_a_list_points_at_the_entry(tmp_path: Path) -> None:
    issue = only_issue(broken_copy(tmp_path, "rsd2026", '"SR", "VE"', '"SR", "XY"'))
    assert issue.path == "sponsorship.eligible_states[9]"


def test_missing_spanish_text(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path,
        "rsd2026",
        'title.es = "Diálogo Regional de Partes Interesadas en las Américas: Avanzar',
        '# title.es = "',
    )
    issue = only_issue(path)
    assert issue.path == "title.es"
    assert issue.message == "the Spanish text (es) is missing"
    assert 'es = "..."' in issue.hint
    assert issue.line is not None


def test_missing_spanish_text_in_an_inline_table(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path,
        "rsd2026",
        '{ en = "Duration: three days, to be confirmed.", es = "Duración: tres días, por confirmar." }',
        '{ en = "Duration: three days, to be confirmed." }',
    )
    issue = only_issue(path)
    assert issue.path == "open_points[1].es"


def test_empty_text(tmp_path: Path) -> None:
    issue = only_issue(broken_copy(tmp_path, "va2020", 'label.es = "GMT+1"', 'label.es = ""'))
    assert issue.path == "announced_times[0].label.es"
    assert "Spanish text is empty" in issue.message


def test_text_in_one_language_only(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path, "rsd2026", 'city.en = "San Salvador"\ncity.es = "San Salvador"', 'city = "San Salvador"'
    )
    issue = only_issue(path)
    assert issue.path == "city" and "English and Spanish" in issue.message


def test_end_date_before_start(tmp_path: Path) -> None:
    issue = only_issue(broken_copy(tmp_path, "mfa2021", "end = 2021-02-11\n", "end = 2021-02-09\n"))
    assert issue.path == "dates.end"
    assert "before the start date" in issue.message


def test_session_ending_before_it_starts(tmp_path: Path) -> None:
    path = broken_copy(
        tmp_path, "va2020", "end = 2020-12-04T15:30:00+01:00", "end = 2020-12-04T13:00:00+01:00"
    )
    issue = only_issue(path)
    assert issue.path == "sessions[0].end" and "before it starts" in issue.message


def test_session_outside_the_event_dates(tmp_path: Path) -> None:
    old = "start = 2021-02-11T15:00:00+01:00\nend = 2021-02-11T18:00:00+01:00"
    new = "start = 2021-02-12T15:00:00+01:00\nend = 2021-02-12T18:00:00+01:00"
    issue = only_issue(broken_copy(tmp_path, "mfa2021", old, new))
    assert issue.path == "sessions[1].start"
    assert "outside the event dates 2021-02-10 to 2021-02-11" in issue.message


def test_key_must_match_the_file_name(tmp_path: Path) -> None:
    issue = only_issue(broken_copy(tmp_path, "rsd2026", 'key = "rsd2026"', 'key = "rsd2027"'))
    assert issue.path == "key"
    assert "rsd2026.toml" in issue.message
    assert "rename the file to rsd2027.toml" in issue.hint


def test_invalid_key(tmp_path: Path) -> None:
    issue = only_issue(broken_copy(tmp_path, "rsd2026", 'key = "rsd2026"', 'key = "RSD 2026"'))
    assert issue.path == "key" and "lowercase" in issue.message


def test_toml_syntax_error_gives_line_and_column(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "rsd2026", 'format = "in_person"', "format = in person")
    issue = only_issue(path)
    expected_line = next(
        n for n, line in enumerate(path.read_text().splitlines(), 1) if line.startswith("format")
    )
    assert issue.line == expected_line and issue.column is not None
    assert issue.path == ""
    assert issue.message.startswith("TOML syntax error")
    assert "double quotes" in issue.hint
    assert str(issue).startswith(f"{path}: line {expected_line}, column ")


def test_unknown_choice_suggests_the_value(tmp_path: Path) -> None:
    issue = only_issue(broken_copy(tmp_path, "rsd2026", '"meals"]', '"meal"]'))
    assert issue.path == "sponsorship.covers[2]"
    assert issue.hint == 'did you mean "meals"?'


def test_date_and_datetime_hints(tmp_path: Path) -> None:
    issue = only_issue(broken_copy(tmp_path, "rsd2026", "earliest = 2026-05-01", 'earliest = "1 May 2026"'))
    assert issue.path == "dates.earliest" and "2026-05-04" in issue.hint
    naive = "deadline = 2026-03-31T23:59:59\n"
    issue = only_issue(broken_copy(tmp_path, "rsd2026", "deadline = 2026-03-31T23:59:59-06:00\n", naive))
    assert issue.path == "sponsorship.deadline" and "UTC offset" in issue.message


def test_slot_count_and_slot_total(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "rsd2026", 'id = "mine_action"\ncount = 1', 'id = "mine_action"\ncount = 0')
    assert only_issue(path).path == "sponsorship.slots[1].count"
    path = broken_copy(tmp_path, "rsd2026", "subject_to_availability = true\n", "")
    issue = only_issue(path)
    assert issue.path == "sponsorship.slots" and "max_per_state" in issue.message


def test_in_person_event_needs_an_explicit_venue(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "rsd2026", "[venue]\nto_be_confirmed = true\n", "[venue]\n")
    issue = only_issue(path)
    assert issue.path == "venue" and "to_be_confirmed" in issue.hint


def test_approximate_dates_need_a_note(tmp_path: Path) -> None:
    text = 'note.en = "First week of May 2026 (exact dates to be confirmed)"\n'
    path = broken_copy(tmp_path, "rsd2026", text, "")
    found = {i.path for i in issues_of(path)}
    assert "dates.note" in found or "dates.note.en" in found


def test_several_problems_are_all_reported(tmp_path: Path) -> None:
    path = broken_copy(tmp_path, "rsd2026", 'country = "SV"', 'country = "XX"')
    path.write_text(path.read_text().replace('"America/El_Salvador"', '"Mars/Olympus"'))
    assert {i.path for i in issues_of(path)} == {"country", "timezone"}


# --- folders and the checker ------------------------------------------------------------------


def test_check_events_reports_each_issue_and_a_summary(tmp_path: Path) -> None:
    shutil.copy(EVENTS_DIR / "va2020.toml", tmp_path)
    broken_copy(tmp_path, "rsd2026", "eligible_states =", "eligble_states =")
    out = io.StringIO()
    assert check_events(tmp_path, out) == 1
    lines = out.getvalue().splitlines()
    line = 1 + (tmp_path / "rsd2026.toml").read_text().splitlines().index(
        'eligble_states = ["SV", "CL", "CO", "NI", "PE", "CR", "GT", "HN", "SR", "VE", "EC", "AR"]'
    )
    assert lines[0] == (
        f"{tmp_path / 'rsd2026.toml'}: sponsorship.eligble_states (line {line}): "
        "unknown field `eligble_states` in sponsorship (hint: did you mean `eligible_states`?)"
    )
    assert lines[-1].startswith("1 problem(s) in 1 of 2 file(s)")


def test_check_events_on_an_empty_or_missing_folder(tmp_path: Path) -> None:
    out = io.StringIO()
    assert check_events(tmp_path, out) == 1
    assert "no event files" in out.getvalue()
    out = io.StringIO()
    assert check_events(tmp_path / "nope", out) == 1
    assert "does not exist" in out.getvalue()


def test_load_events_skips_drafts_and_reports_broken_files(tmp_path: Path) -> None:
    shutil.copy(EVENTS_DIR / "va2020.toml", tmp_path / "_draft.toml")
    shutil.copy(EVENTS_DIR / "mfa2021.toml", tmp_path)
    (tmp_path / "bad.toml").write_text("key = 'bad'\n[[")
    result = load_events(tmp_path)
    assert list(result.events) == ["mfa2021"]
    assert [(Path(i.file).name, i.line) for i in result.issues] == [("bad.toml", 2)]


def test_duplicate_keys_are_an_issue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    event = load_event_file(EVENTS_DIR / "va2020.toml")
    (tmp_path / "a.toml").write_text("")
    (tmp_path / "b.toml").write_text("")
    monkeypatch.setattr(loader_module, "load_event_file", lambda path: event)
    result = load_events(tmp_path)
    assert list(result.events) == ["va2020"]
    (issue,) = result.issues
    assert issue.file.endswith("b.toml") and issue.path == "key" and "a.toml" in issue.message


# --- the registry -----------------------------------------------------------------------------


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def rewrite(path: Path, text: str, bump: int) -> None:
    """Write and move the modification time forward, so the change is seen even on coarse clocks."""
    path.write_text(text, encoding="utf-8")
    stamp = 2_000_000_000_000_000_000 + bump * 1_000_000_000
    os.utime(path, ns=(stamp, stamp))


def test_registry_keeps_the_last_good_version(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    good = (EVENTS_DIR / "rsd2026.toml").read_text(encoding="utf-8")
    path = tmp_path / "rsd2026.toml"
    rewrite(path, good, 0)
    shutil.copy(EVENTS_DIR / "va2020.toml", tmp_path)
    clock = FakeMonotonic()
    registry = EventRegistry(tmp_path, logging.getLogger("test.events"), min_interval=30, monotonic=clock)
    assert [e.key for e in registry.all()] == ["va2020", "rsd2026"]
    original = registry.get("rsd2026")
    assert original is not None

    # a broken edit: not even looked at before the interval has passed...
    rewrite(path, good.replace("eligible_states =", "eligble_states ="), 1)
    assert registry.refresh() is False
    # ...then logged, and the last good version stays in service
    clock.now += 31
    with caplog.at_level(logging.WARNING, logger="test.events"):
        assert registry.refresh() is False
    assert registry.get("rsd2026") is original
    logged = caplog.text
    assert "rsd2026.toml" in logged and "sponsorship.eligble_states" in logged
    assert "keeping the last good version of rsd2026" in logged
    assert [i.path for i in registry.issues] == ["sponsorship.eligble_states"]

    # a good edit is picked up (force skips the interval)
    edited = good.replace(
        'short_title.en = "Regional Stakeholder Dialogue in the Americas 2026"',
        'short_title.en = "RSD Americas 2026"',
    )
    rewrite(path, edited, 2)
    assert registry.refresh(force=True) is True
    current = registry.get("rsd2026")
    assert current is not None and current.display_title("en") == "RSD Americas 2026"
    assert registry.issues == []

    # a deleted file removes the event
    path.unlink()
    assert registry.refresh(force=True) is True
    assert registry.get("rsd2026") is None
    assert [e.key for e in registry.all()] == ["va2020"]


def test_registry_serves_a_new_file_once_it_is_fixed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    good = (EVENTS_DIR / "va2020.toml").read_text(encoding="utf-8")
    path = tmp_path / "va2020.toml"
    rewrite(path, good.replace('format = "virtual"', "format = virtual"), 0)
    registry = EventRegistry(tmp_path, logging.getLogger("test.events"), min_interval=0)
    with caplog.at_level(logging.WARNING, logger="test.events"):
        assert registry.get("va2020") is None
    assert "the event is not served" in caplog.text
    rewrite(path, good, 1)
    assert registry.refresh() is True
    assert registry.get("va2020") is not None


def test_registry_visible_orders_current_upcoming_then_past(tmp_path: Path) -> None:
    for key in ("rsd2026", "mfa2021", "va2020"):
        shutil.copy(EVENTS_DIR / f"{key}.toml", tmp_path)
    registry = EventRegistry(tmp_path, min_interval=0)
    now = utc(2021, 2, 10, 15)  # during the 2021 dialogue
    assert [e.key for e in registry.visible(now)] == ["mfa2021", "rsd2026"]
    assert [e.key for e in registry.visible(now, include_past=True)] == ["mfa2021", "rsd2026", "va2020"]
    later = utc(2026, 3, 20)
    assert [e.key for e in registry.visible(later)] == ["rsd2026"]
    assert [e.key for e in registry.visible(later, include_past=True)] == ["rsd2026", "mfa2021", "va2020"]


def test_registry_with_a_missing_folder_serves_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    registry = EventRegistry(tmp_path / "missing", logging.getLogger("test.events"))
    with caplog.at_level(logging.ERROR, logger="test.events"):
        assert registry.all() == []
    assert "does not exist" in caplog.text
