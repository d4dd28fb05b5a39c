"""Drafting a briefing from a new article: the first pass an analyst then reviews.

Modules, one job each: ``source`` (reading a file or URL into plain text), ``paragraphs``
(body paragraphs and headings), ``sentences`` (the splitter), ``figures`` (numbers and
ranges), ``gazetteer`` (countries, organisations and their aliases), ``people`` (names of
persons), ``quotes`` (quotations and their speakers), ``kinds`` (suggesting a claim's
kind), ``build`` (the draft :class:`~tui.model.Briefing`) and ``output`` (YAML text).
Everything generated is marked as a draft: cues suggest, the analyst decides.
"""
