"""Conversation steps as Telegram messages: question text, buttons, answers in summaries, errors."""

from __future__ import annotations

from datetime import date
from typing import Any

from babel.dates import format_date
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import countries
from bot.callbacks import encode
from bot.i18n import BABEL_LOCALES
from bot.services.conversations.form import Kind, Option, Step, answered, progress
from bot.text import Html
from bot.turn import Turn
from bot.validation import Checked

FLOW = "f"  # callback data of conversation buttons: f:<step token>:<action>[:<value>]
LONG_LABEL = 18  # wider labels get a row of their own
MAX_LABEL = 40  # an event's question used as a label is cut to fit a button


def button(text: str, token: str, action: str, value: str = "") -> InlineKeyboardButton:
    """A conversation button carrying the step token."""
    return InlineKeyboardButton(text, callback_data=encode(FLOW, f"{token}:{action}:{value}"))


def long_date(turn: Turn, value: date) -> str:
    """'3 May 2026' / '3 de mayo de 2026'."""
    return format_date(value, "long", locale=BABEL_LOCALES[turn.lang])


def option_label(turn: Turn, option: Option) -> str:
    """An option's label in the person's language."""
    label = option.label if option.label is not None else turn.plain(option.label_id or "flow-skipped")
    return (
        turn.plain("flow-option-with-note", label=label, note=turn.plain(option.badge_id))
        if option.badge_id
        else label
    )


def step_label(turn: Turn, step: Step) -> str:
    """What an answer is called in summaries and the edit menu."""
    return step.label_text if step.label_text is not None else turn.plain(step.label_id)


def value_text(turn: Turn, step: Step, value: Any) -> str:
    """An answer as the person reads it."""
    if value is None or value == "":
        return turn.plain("flow-skipped")
    if step.kind is Kind.COUNTRY:
        return countries.name(value, turn.lang)
    if step.kind is Kind.MULTI:
        labels = [option_label(turn, o) for o in step.options if o.value in value]
        return ", ".join(labels) if labels else turn.plain("flow-none-selected")
    if step.kind is Kind.CHOICE:
        option = step.option(value)
        if option is None:
            return str(value)
        return option.detail if option.detail else option_label(turn, option)
    if step.display == "date":
        return long_date(turn, date.fromisoformat(value))
    return str(value)


def answers_html(turn: Turn, steps: list[Step], data: dict[str, Any]) -> Html:
    """One line per answer: '<b>Label</b>: value'."""
    lines = [
        turn.t("flow-summary-line", label=step_label(turn, step), value=value_text(turn, step, value))
        for step, value in answered(steps, data)
        if step.shown
    ]
    return Html("\n".join(lines))


def error_text(turn: Turn, checked: Checked) -> str:
    """Why an answer was refused, and what is expected."""
    args = {k: long_date(turn, v) if isinstance(v, date) else v for k, v in checked.args.items()}
    return turn.t(checked.error or "flow-error-text", **args)


def prompt_text(turn: Turn, step: Step, steps: list[Step], data: dict[str, Any]) -> str:
    """The question of a step, with its position, the options' details and the current answer."""
    if step.kind is Kind.SUMMARY:
        return turn.t(step.prompt_id, answers=answers_html(turn, steps, data))
    parts = [turn.t(step.prompt_id, **step.prompt_args)]
    details = [
        turn.t(
            "flow-option-detail",
            label=o.label or "",
            detail=o.detail,
            note=turn.plain(o.note_id or "flow-skipped"),
        )
        for o in step.options
        if o.detail
    ]
    parts.extend(details)
    if step.kind is Kind.COUNTRY:
        parts.append(turn.t("flow-country-hint", buttons="yes" if step.options else "no"))
    if step.optional:
        parts.append(turn.t("flow-optional-hint"))
    if step.name in data and step.kind not in (Kind.MULTI, Kind.EDIT):
        parts.append(turn.t("flow-current", value=value_text(turn, step, data[step.name])))
    number, total = progress(steps, step)
    head = turn.t("flow-progress", number=number, total=total) + " " if number else ""
    return head + "\n\n".join(parts)


def _short(label: str) -> str:
    return label if len(label) <= MAX_LABEL else label[: MAX_LABEL - 1].rstrip() + "…"


def _rows(buttons: list[InlineKeyboardButton], per_row: int) -> list[list[InlineKeyboardButton]]:
    if any(len(b.text) > LONG_LABEL for b in buttons):
        per_row = 1
    return [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]


def keyboard(turn: Turn, token: str, step: Step, data: dict[str, Any]) -> InlineKeyboardMarkup | None:
    """The step's buttons."""
    if step.kind is Kind.SUMMARY:
        labels = (("flow-confirm", "ok"), ("flow-edit", "e"), ("flow-cancel", "x"))
        return InlineKeyboardMarkup([[button(turn.plain(label), token, action)] for label, action in labels])
    if step.kind is Kind.EDIT:
        fields = [button(_short(option_label(turn, o)), token, "ef", o.value) for o in step.options]
        return InlineKeyboardMarkup(
            [*_rows(fields, 2), [button(turn.plain("flow-back-to-summary"), token, "bs")]]
        )
    if step.kind is Kind.MULTI:
        return InlineKeyboardMarkup(_multi_rows(turn, token, step, data.get(step.name) or []))
    rows = _rows([button(option_label(turn, o), token, "c", o.value) for o in step.options], 3)
    if step.optional:
        rows.append([button(turn.plain("flow-skip"), token, "s")])
    return InlineKeyboardMarkup(rows) if rows else None


def _multi_rows(turn: Turn, token: str, step: Step, chosen: list[str]) -> list[list[InlineKeyboardButton]]:
    rows = []
    for option in step.options:
        on = option.value in chosen
        label = turn.plain("flow-toggle-on" if on else "flow-toggle-off", label=option_label(turn, option))
        rows.append([button(label, token, "t", f"{option.value}.{0 if on else 1}")])
    rows.append([button(turn.plain("flow-none"), token, "n"), button(turn.plain("flow-done"), token, "d")])
    return rows


def suggestions_keyboard(turn: Turn, token: str, codes: tuple[str, ...]) -> InlineKeyboardMarkup:
    """One button per country the person may have meant."""
    return InlineKeyboardMarkup([[button(countries.name(c, turn.lang), token, "c", c)] for c in codes])


def match_option(turn: Turn, step: Step, text: str) -> str | None:
    """The option whose label (or number) the person typed instead of pressing its button."""
    typed = countries.normalise(text)
    for number, option in enumerate(step.options, 1):
        label = option.label if option.label is not None else turn.plain(option.label_id or "flow-skipped")
        if typed in (countries.normalise(label), str(number)):
            return option.value
    return None


def resume_keyboard(turn: Turn, draft_id: int) -> InlineKeyboardMarkup:
    """'Continue where you left off' and 'Start over' for a paused conversation."""
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(turn.plain("flow-resume"), callback_data=encode("rf", f"{draft_id}:go"))],
            [
                InlineKeyboardButton(
                    turn.plain("flow-start-over"), callback_data=encode("rf", f"{draft_id}:new")
                )
            ],
        ]
    )
