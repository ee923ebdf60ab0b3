"""Concepts of what a delegate wants to do: send, bring, pay themselves, have things shared, and people.

Same format as ``bot.answers.lexicon``. Several of these exist so that a question is not answered with
an adjacent fact: "hay que pagar la inscripción" is about a fee (not stated), not about who sponsors;
"¿qué tengo que llevar?" is about what to bring (not stated), not a sentence that says "llevar a cabo".
"""

from __future__ import annotations

ASK_CONCEPTS: dict[str, tuple[float, str, str]] = {
    "SEND": (
        1.0,
        "mandar | mando | mandamos | mandan | enviar | =envio | enviamos | envian | remitir | remito",
        "send | sending | submit | submitting | forward",
    ),
    "PEOPLE": (
        0.5,
        "personas | persona | gente | colega | colegas | companero | companeros | companera | companeras",
        "people | persons | colleague | colleagues | coworker | coworkers | co worker | staff member",
    ),
    # How a covered ticket is bought or paid back (who books it, a refund): the data says what is covered,
    # not how.
    "BOOKING": (
        1.0,
        "reembolso | reembolsan | reembolsar | reembolsen | reembolsaran | reintegro | boleto electronico | "
        "compra boleto | compramos boleto | compran boleto | compra boletos | compramos boletos | "
        "compran boletos | compramos pasaje | compramos pasajes | emiten boleto | emiten pasaje | "
        "reservamos vuelo | reservamos vuelos | adelantar pago",
        "reimburse | reimbursed | reimbursement | refund | refunded | ticket issued | tickets issued | "
        "issue ticket | issues ticket | pay up front | pay upfront | pay in advance",
    ),
    # When to travel (arrive, leave): the invitations give the event's dates, not the travel days.
    "ARRIVAL": (
        1.0,
        "fecha de llegada | fechas de llegada | fecha de salida | fechas de salida | llegada y salida | "
        "dia de llegada | dia de salida | cuando debo llegar | cuando debemos llegar | cuando llegar",
        "arrival date | arrival dates | departure date | departure dates | arrival and departure | "
        "arrival day | departure day | when should we arrive | when should i arrive | when to arrive",
    ),
    # Money promised at the event (donors' pledges): what the debate will yield, which no invitation says.
    "PLEDGE": (
        1.0,
        "compromisos de fondos | compromisos financieros | compromisos de financiacion | "
        "promesas de fondos | promesas de contribucion | anunciar fondos | anuncios de financiacion",
        "pledge | pledges | pledging | funding commitments | financial commitments | announce funding",
    ),
    # Paying oneself, as opposed to who pays (sponsorship): a fee the data rarely states.
    "SELFPAY": (
        0.8,
        "hay que pagar | tengo que pagar | tenemos que pagar | debo pagar | debemos pagar | se paga | "
        "se cobra | toca pagar | pagar para participar | pagar para asistir | pagar por participar",
        "have to pay | has to pay | need to pay | must pay | pay to attend | pay to register | "
        "pay to participate | pay to join | pay anything",
    ),
    "BRING": (
        1.0,
        "llevar | llevo | llevamos | =traer | =traigo | =traemos | =trae | empacar",
        "bring | pack | take with me | carry",
    ),
    # Publishing or quoting the event's texts oneself: invitations do not say whether one may.
    "PUBLISH": (
        1.0,
        "podemos publicar | puedo publicar | se puede publicar | permitido publicar | podemos citar | "
        "puedo citar | se puede citar | permitido citar | podemos reproducir | podemos difundir",
        "can we publish | may we publish | permitted to publish | allowed to publish | can we quote | "
        "may we quote | permitted to quote | allowed to quote | can i quote | can i publish | "
        "can we reproduce | can we republish",
    ),
    "SHARE": (
        1.0,
        "compartir | compartiran | compartidas | compartidos | circular | circularan | distribuir | "
        "distribuiran | disponibles despues | disponible despues | despues del evento",
        "share | shared | sharing | circulate | circulated | distribute | distributed | made available | "
        "sent out | available after | available afterwards | after the event",
    ),
    # Attending beyond the sponsored nominees, at one's own cost: invitations rarely say.
    # "When is it taking place?" asks when, not where: happening is no place (no rule uses it).
    "HAPPEN": (
        0.3,
        "tiene lugar | tendra lugar | se celebra | se realiza | se lleva a cabo",
        "take place | takes place | taking place | took place | held | being held | be held",
    ),
    "SELFFUND": (
        1.0,
        "pagando yo | por mi cuenta | por cuenta propia | a mi costo | a nuestro costo | "
        "con fondos propios | autofinanciado | autofinanciada | pagar propio | no nominado | "
        "no nominada | sin nominacion | sin patrocinio | recursos propios | presupuesto propio",
        "own cost | own expense | own expenses | at my own | self funded | pay myself | pay ourselves | "
        "pay own | pay her own | pay his own | pay their own | not nominated | non nominated | "
        "without nomination | without sponsorship | pay for ourselves | our own budget | own budget | "
        "own funds | own resources",
    ),
    # Giving money to the event (a donor's offer), as opposed to who funds it: invitations never say how.
    "DONATE": (
        1.0,
        "cofinanciar | cofinanciacion | co financiar | aportar fondos | contribuir fondos | donar | "
        "donacion | donaciones | comprometer fondos | hacer aporte | hacer contribucion",
        "co fund | cofund | co funding | co finance | cofinance | pledge | pledges | pledging | donate | "
        "donation | donations | contribute funds | contribute money | make contribution",
    ),
    # Attending in an observer's capacity: only some invitations speak of observers.
    "OBSERVER": (
        1.0,
        "observador | observadores | observadora | observadoras | en calidad de observador",
        "observer | observers | observer status | as observer | as observers",
    ),
    # The invitation letter's own date, asked as such ("the date of the invitation letter").
    "DATED": (
        1.0,
        "fecha de invitacion | fecha de carta | fecha de carta de invitacion | fecha de oficio | fechada | "
        "se envio la carta | enviaron la carta | mandaron la carta | carta fue enviada | carta se envio",
        "date of invitation | date of invitation letter | invitation date | invitation letter date | "
        "date of letter | letter date | dated | was the letter sent | letter was sent | letter sent | "
        "did they send the letter | was the invitation letter sent",
    ),
    "AFTER": (
        0.3,
        "despues | luego | posteriormente | al final",
        "after | afterwards | later",
    ),
    # Phrases whose words would otherwise hit an unrelated concept; no rule uses them.
    "NEUTRAL": (
        0.1,
        "llevar a cabo | lleva a cabo | libre de minas | personas con discapacidad | largo plazo | "
        "corto plazo | mediano plazo",
        "mine free | free of mines | persons with disabilities | people with disabilities",
    ),
}
