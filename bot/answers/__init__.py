"""The answering engine: free-text questions about an event, answered from its file or honestly deferred.

`bot.answers.engine.Engine.answer(...)` returns a `Reply` (kind answer | defer | clarify, language,
event key, intents, HTML).
Modules: text (normalisation), lang (language), lexicon* (concepts), concepts (matching, typo repair),
intents (rules), resolve_* (rendering facts), faq and passages (retrieval), refs (which event), index
(per-event caches), compose (the reply), engine (the pipeline).
"""
