"""Everyday subjects of the questions organisers answer by hand, for matching their added answers only.

The engine's lexicon lumps what an event file answers together ("meals", "companions"); an organiser's
answer about lunch is not one about the gala dinner, nor one about a spouse one about children. These
concepts split those, and name subjects the event files never mention (pets, luggage, badges), so that a
question and its rewording in the other language meet, and two questions on different things do not.
Same format as `bot.answers.lexicon`.
"""

from __future__ import annotations

from bot.answers.lexicon import Concept

FAQ_CONCEPTS: dict[str, Concept] = {
    "DOG": (1.0, "perro | perros | perrito | perro guia", "dog | dogs | puppy | guide dog"),
    "CAT": (1.0, "gato | gatos", "cat | cats"),
    "PET": (1.0, "mascota | mascotas | animal | animales", "pet | pets | animal | animals"),
    "ASSISTANT": (
        1.0,
        "asistente personal | =asistente | secretario | secretaria | ayudante",
        "assistant | personal assistant | aide | secretary",
    ),
    "DRIVER": (1.0, "chofer | conductor | motorista", "driver | chauffeur"),
    "SPOUSE": (
        1.0,
        "esposa | esposo | pareja | conyuge | marido",
        "spouse | wife | husband | partner",
    ),
    "CHILD": (
        1.0,
        "hijo | hija | hijos | hijas | nino | nina | ninos | ninas | bebe | menor de edad",
        "child | children | kid | kids | son | daughter | baby | minor",
    ),
    "ENTER": (0.6, "entrar | ingresar | ingreso | entrada", "enter | entering | entry | get into"),
    "LUNCH": (1.0, "almuerzo | almuerzos | almorzar", "lunch | lunches"),
    "DINNER": (1.0, "cena | cenas | cenar", "dinner | dinners | supper"),
    "BREAKFAST": (1.0, "desayuno | desayunos | desayunar", "breakfast"),
    "RECEPTION": (1.0, "recepcion | coctel | gala | brindis", "reception | cocktail | gala | drinks"),
    "SMOKE": (1.0, "fumar | fumo | cigarrillo | cigarrillos", "smoke | smoking | cigarette | cigarettes"),
    "PHOTO": (
        1.0,
        "foto | fotos | fotografia | fotografias | fotografiar",
        "photo | photos | photograph | photographs | picture | pictures",
    ),
    "PRESS": (1.0, "prensa | periodista | periodistas | medios", "press | journalist | journalists | media"),
    "GIFT": (1.0, "regalo | regalos | obsequio | obsequios", "gift | gifts"),
    "SIM": (1.0, "chip | roaming | datos moviles | tarjeta sim", "sim | sim card | roaming | mobile data"),
    "LUGGAGE": (1.0, "maleta | maletas | equipaje | valija", "luggage | baggage | suitcase | suitcases"),
    "BADGE": (
        1.0,
        "gafete | credencial | credenciales | acreditacion | escarapela",
        "badge | badges | accreditation | credentials",
    ),
    "MEDICINE": (
        1.0,
        "medicamento | medicamentos | medicina | medicinas | farmacia",
        "medicine | medicines | medication | pharmacy",
    ),
    "DOCTOR": (1.0, "medico | doctor | hospital | clinica", "doctor | hospital | clinic"),
    "FLAG": (1.0, "bandera | banderas", "flag | flags"),
    "PRAYER": (1.0, "rezar | orar | oracion | capilla | mezquita", "pray | prayer | chapel | mosque"),
    "GYM": (1.0, "gimnasio | piscina", "gym | pool | swimming pool"),
    "PRINT": (1.0, "imprimir | impresion | impresora | fotocopia", "print | printing | printer | copies"),
}
