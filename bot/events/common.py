"""Building blocks of the event schema: the strict base model, bilingual text, code checks.

Validators raise :func:`problem` errors: a message an organiser understands plus a practical
hint. The loader turns them into :class:`bot.events.loader.EventIssue` objects.
"""

from __future__ import annotations

import difflib
import re
import zoneinfo
from datetime import timedelta, timezone, tzinfo
from enum import StrEnum
from functools import lru_cache
from typing import Annotated, Literal

from babel import Locale
from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

LANGS = ("en", "es")
KEY_PATTERN = re.compile(r"^[a-z0-9_-]{3,32}$")
LANG_NAMES = {"en": "English", "es": "Spanish"}

# Babel lists some codes that are not ISO 3166-1 alpha-2 country codes.
_NOT_COUNTRIES = {"AC", "CP", "CQ", "DG", "EA", "EU", "EZ", "IC", "QO", "TA", "UN", "XA", "XB", "XK", "ZZ"}
_OFFSET = re.compile(r"^[+-](0\d|1[0-4]):[0-5]\d$")
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}$")


def problem(message: str, hint: str = "", at: str = "") -> PydanticCustomError:
    """A validation error for organisers; `at` is a sub-path ("end", "slots[1].count")."""
    return PydanticCustomError("event", "{message}", {"message": message, "hint": hint, "at": at})


def problems(found: list[tuple[str, str, str]]) -> PydanticCustomError:
    """Several errors at once, each (at, message, hint); the loader reports them separately."""
    issues = [{"at": at, "message": msg, "hint": hint} for at, msg, hint in found]
    return PydanticCustomError(
        "event", "{message}", {"message": "; ".join(msg for _, msg, _ in found), "issues": issues}
    )


def suggest(value: str, choices: list[str] | set[str], cutoff: float = 0.6) -> str | None:
    """The closest choice to a misspelt value, if any is close enough."""
    found = difflib.get_close_matches(value, sorted(choices), n=1, cutoff=cutoff)
    return found[0] if found else None


class StrictModel(BaseModel):
    """Unknown keys are errors (typos must not be silently ignored); loaded events are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Article(StrictModel):
    """The article a name takes in running text, in each language ("none" for a name that takes none):
    "el Consejo de la Unión Europea", "la Unión Europea", "the Council of the European Union"; messages
    pick their wording with it ("del", "de la", "by the"), so that no article is glued onto a name."""

    en: Literal["the", "none"]
    es: Literal["el", "la", "los", "las", "none"]

    def get(self, lang: str) -> str:
        """The article in `lang`."""
        return self.es if lang == "es" else self.en


def article_of(article: Article | None, lang: str) -> str:
    """A name's article in `lang` for a Fluent selector: "none" when the event file gives none."""
    return article.get(lang) if article is not None else "none"


class Localized(StrictModel):
    """A text in English and Spanish; both are required and must not be empty."""

    en: str
    es: str

    @field_validator("en", "es")
    @classmethod
    def _not_empty(cls, value: str, info: ValidationInfo) -> str:
        if not value:
            lang = info.field_name or ""
            raise problem(
                f"the {LANG_NAMES.get(lang, lang)} text is empty",
                f'write the text between the quotes: {lang} = "..."',
            )
        return value

    def get(self, lang: str) -> str:
        """The text in `lang` ("es", "es-MX", "EN"...); anything that is not Spanish gets English."""
        return self.es if (lang or "").strip().lower().startswith("es") else self.en


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes, from Babel's territory list."""
    return frozenset(
        code
        for code in Locale("en").territories
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    )


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for lang in LANGS:
        for code, name in Locale(lang).territories.items():
            if code in country_codes():
                names[name.lower()] = code
    return names


def check_country(value: str) -> str:
    """Normalise and check a country code; a country name gets its code as the hint."""
    code = value.strip().upper()
    if code in country_codes():
        return code
    named = _country_names().get(value.strip().lower())
    if named:
        hint = f'use the two-letter code "{named}" for {value.strip()}'
    else:
        hint = 'use the two-letter ISO 3166 code, e.g. "SV" for El Salvador or "VE" for Venezuela'
    raise problem(f'"{value}" is not an ISO 3166 two-letter country code', hint)


@lru_cache(maxsize=1)
def language_codes() -> frozenset[str]:
    """ISO 639-1 (two-letter) language codes known to Babel."""
    return frozenset(code for code in Locale("en").languages if len(code) == 2 and code.isalpha())


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for lang in LANGS:
        for code, name in Locale(lang).languages.items():
            if code in language_codes():
                names[name.lower()] = code
    return names


def check_language(value: str) -> str:
    """Normalise and check an ISO 639-1 language code."""
    code = value.strip().lower()
    if code in language_codes():
        return code
    named = _language_names().get(code)
    hint = (
        f'use the two-letter code "{named}"'
        if named
        else 'use a two-letter ISO 639-1 code such as "en" or "es"'
    )
    raise problem(f'"{value}" is not an ISO 639-1 two-letter language code', hint)


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def check_timezone(value: str) -> str:
    """An IANA time zone name such as "America/El_Salvador"."""
    name = value.strip()
    if name in _zones():
        try:
            zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            pass
        else:
            return name
    by_case = {z.lower(): z for z in _zones()}
    if name.lower() in by_case:
        hint = f'did you mean "{by_case[name.lower()]}"? (capitals matter)'
    elif re.match(r"^(gmt|utc)\s*[+-]", name.lower()):
        hint = (
            'use the name of a place\'s zone such as "Europe/Zurich"; '
            "record the offsets the invitation announced under [[announced_times]]"
        )
    else:
        close = suggest(name, _zones(), cutoff=0.5)
        hint = (
            f'did you mean "{close}"?'
            if close
            else 'use an IANA time zone name such as "America/El_Salvador"'
        )
    raise problem(f'"{value}" is not a known time zone', hint)


def zone(name: str) -> tzinfo:
    """The tzinfo of a checked IANA name."""
    return zoneinfo.ZoneInfo(name)


def check_offset(value: str) -> str:
    """A UTC offset written "+01:00" or "-05:00"."""
    text = value.strip().upper().replace("UTC", "").replace("GMT", "").strip()
    if _OFFSET.match(text):
        return text
    raise problem(
        f'"{value}" is not a UTC offset', 'write it with sign, hours and minutes, like "+01:00" or "-05:00"'
    )


def offset_tz(value: str) -> tzinfo:
    """The fixed-offset tzinfo of a checked offset like "-05:00"."""
    sign = -1 if value.startswith("-") else 1
    hours, minutes = int(value[1:3]), int(value[4:6])
    return timezone(sign * timedelta(hours=hours, minutes=minutes), f"UTC{value}")


def check_url(value: str) -> str:
    """An absolute web address."""
    url = value.strip()
    if re.match(r"^https?://[^\s/]+\.[^\s]+$", url):
        return url
    raise problem(f'"{value}" is not a web address', 'write the full address, starting with "https://"')


def check_email(value: str) -> str:
    """A plausible e-mail address."""
    email = value.strip()
    if _EMAIL.match(email):
        return email
    raise problem(
        f'"{value}" is not an e-mail address', 'write it like "name@example.org", without "mailto:"'
    )


CountryCode = Annotated[str, AfterValidator(check_country)]
LanguageCode = Annotated[str, AfterValidator(check_language)]
TimeZoneName = Annotated[str, AfterValidator(check_timezone)]


class EventFormat(StrEnum):
    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    HYBRID = "hybrid"


def check_key(value: str) -> str:
    """An event key: 3 to 32 lowercase letters, digits, "-" or "_" (used in deep links and file names)."""
    if not KEY_PATTERN.match(value):
        slug = re.sub(r"[^a-z0-9_-]+", "-", value.lower()).strip("-")[:32] or "rsd2026"
        raise problem(
            f'"{value}" is not a valid key: use 3 to 32 lowercase letters, digits, "-" or "_"',
            f'e.g. key = "{slug}" (and name the file {slug}.toml)',
        )
    return value
