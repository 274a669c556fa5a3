"""The pipeline: ingest → clean → annotate → extract → resolve, one report per article.

Each stage is a module of its own; this file only wires them and keeps one article's
failure from stopping the batch.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from itertools import islice

from spacy.tokens import Token

from newswire.annotate import annotate, hyphen_start, text_of
from newswire.clean import clean
from newswire.clean.dedup import Deduper, minhash, to_blob
from newswire.datafiles import read_words
from newswire.extract.entities import (
    Entity,
    extract_entities,
    phrase_tokens,
    possessor_speaker,
    pronoun_antecedent,
    role_nouns,
    token_entity,
)
from newswire.extract.events import EventMention, Participant, extract_events, word_class
from newswire.extract.quotes import Quote, extract_quotes
from newswire.models import SCHEMA_VERSION, CleanArticle, ItemError, RawItem
from newswire.resolve.acled import acled_subtype
from newswire.resolve.actors import (
    NON_STATE,
    code_phrase,
    country_code,
    org_country,
    org_country_from_context,
    org_sector_from_apposition,
    person_country_from_context,
    phrase_function,
    place_object,
    resolve_entities,
    sentence_country,
    successor,
)
from newswire.resolve.dates import parse_published, resolve_date
from newswire.resolve.kb import ActorKB, default_kb, iso_country_names, normalise
from newswire.resolve.places import ambiguous_city, city_kind, dateline_country, resolve_place


@dataclass(slots=True)
class Result:
    """A finished article: its report, or the error that stopped it."""

    item: str
    report: dict | None = None
    error: ItemError | None = None
    minhash: bytes | None = None


class Pipeline:
    _focus: str | None = None
    _sentences: int = 0

    def __init__(self, kb: ActorKB | None = None, batch_size: int = 16, deduper: Deduper | None = None,
                 skip_exact_duplicates: bool = True):
        self.skip_exact_duplicates = skip_exact_duplicates
        self.kb = kb or default_kb()
        self.batch_size = batch_size
        self.deduper = deduper if deduper is not None else Deduper()
        self.seen: set[str] = set()

    def run(self, items: Iterable[RawItem | ItemError]) -> Iterator[Result]:
        it = iter(items)
        while True:
            chunk = list(islice(it, self.batch_size))
            if not chunk:
                return
            yield from self._run_batch(chunk)

    def _run_batch(self, chunk: list[RawItem | ItemError]) -> Iterator[Result]:
        cleaned: list[tuple[str, CleanArticle | ItemError]] = []
        for item in chunk:
            if isinstance(item, ItemError):
                cleaned.append((item.item, item))
                continue
            name = item.external_id or "<input>"
            try:
                art = clean(item)
                if not art.text.strip():
                    raise ValueError("nothing left after removing boilerplate")
                if art.id in self.seen and self.skip_exact_duplicates:
                    # the same clean text twice in one run: analysed once
                    cleaned.append((name, ItemError(name, f"exact duplicate of article {art.id[:12]}, skipped",
                                                    skipped=True)))
                    continue
                self.seen.add(art.id)
                mh = minhash(art.text)
                art.duplicate_of = self.deduper.duplicate_of(art.id, mh)
                self.deduper.add(art.id, mh, art.duplicate_of)
                art.minhash = to_blob(mh)
                cleaned.append((name, art))
            except Exception as exc:  # one bad article never stops the batch
                cleaned.append((name, ItemError(name, f"{type(exc).__name__}: {exc}")))
        to_annotate = [a for _, a in cleaned if isinstance(a, CleanArticle) and not a.notes]
        docs = {}
        try:
            docs = dict(zip((id(a) for a in to_annotate), annotate([a.text for a in to_annotate]), strict=True))
        except Exception:
            for a in to_annotate:  # fall back to one at a time to isolate the failure
                try:
                    docs[id(a)] = next(annotate([a.text]))
                except Exception:
                    pass
        for name, a in cleaned:
            if isinstance(a, ItemError):
                yield Result(name, error=a)
                continue
            try:
                doc = docs.get(id(a))
                if doc is None and not a.notes:
                    raise RuntimeError("the language pipeline failed on this text")
                yield Result(name, report=self.report(a, doc), minhash=a.minhash)
            except Exception as exc:
                yield Result(name, error=ItemError(name, f"{type(exc).__name__}: {exc}"))

    # ------------------------------------------------------------------ report

    def report(self, art: CleanArticle, doc) -> dict:
        day = parse_published(art.published)
        article = {
            "id": art.id, "external_id": art.external_id, "url": art.url, "source": art.source,
            "title": art.title, "published": art.published, "language": art.language,
            "text": art.text,
            "boilerplate": [{"text": b.text, "reason": b.reason} for b in art.boilerplate],
            "duplicate_of": art.duplicate_of, "notes": art.notes,
        }
        if doc is None:
            return {"schema": SCHEMA_VERSION, "article": article, "entities": [], "quotes": [], "events": []}
        kb = self.kb
        entities = extract_entities(doc, country_of=lambda n: country_code(kb, n, day) is not None)
        entities = resolve_entities(entities, kb, day)
        person_country_from_context(entities, doc, kb, day)
        org_country_from_context(entities, doc, kb, day)
        org_sector_from_apposition(entities, doc, kb, day)
        for i, e in enumerate(entities, start=1):
            e.id = f"E{i}"
            if e.actor and e.actor.get("country") and successor(e.actor["country"], day) != e.actor["country"]:
                c = successor(e.actor["country"], day)
                e.actor = {**e.actor, "country": c, "code": c + (e.actor.get("sector") or "")}
        self._focus = focus_country(entities, dateline_country(text_of(doc), kb))
        self._sentences = sum(1 for _ in doc.sents)
        self._entities = entities
        if self._focus and self._sentences >= 3:
            for e in entities:
                a = e.actor or {}
                if e.type in ("PERSON", "ORG") and not a.get("country") and not _supranational(e) \
                        and a.get("sector") in STATE_SECTORS | {"OPP", "PTY"}:
                    # "Prime Minister Irakli Kobakhidze", "the Interior Ministry", "Opposition
                    # leader María Corina Machado" in a story about one country: an office of no
                    # named state is the article's focus country's, marked as inferred
                    e.actor = {**a, "country": self._focus, "code": self._focus + a["sector"],
                               "country_inferred": True}
        quotes = extract_quotes(doc, entities)
        actor_at: dict[int, bool] = {}  # the event rules ask again and again of one token

        def is_actor(tok) -> bool:
            if tok.i not in actor_at:
                actor_at[tok.i] = _is_actor(tok)
            return actor_at[tok.i]

        def _is_actor(tok) -> bool:
            hit = token_entity(entities, tok)
            if hit is not None and hit[1].kind == "pronoun" and hit[1].text.lower() == "its" \
                    and not hit[1].start <= tok.idx < hit[1].end:
                hit = None  # "restrictions on its labour market": whose it is makes no party of it
            ent = hit[0] if hit else None
            c, s = code_phrase(tok, tok.text, ent, kb, day)
            return bool(c or s)

        mentions = extract_events(doc, entities, quotes, is_actor)
        return {
            "schema": SCHEMA_VERSION,
            "article": article,
            "entities": [_entity_json(e) for e in entities],
            "quotes": [_quote_json(q, i) for i, q in enumerate(quotes, start=1)],
            "events": self._events_json(mentions, day),
        }

    def _participant(self, p: Participant | None, day: date | None) -> dict | None:
        if p is None:
            return None
        c, s = code_phrase(p.head, p.text, p.entity, self.kb, day)
        ante = pronoun_antecedent(p.head) if p.entity is None and p.head is not None and not (c or s) else None
        if ante is not None:
            # "Rebels shelled the town. They also seized ...": the pronoun takes the code of
            # the noun it continues, and says which noun that is
            phrase = ante.doc[ante.left_edge.i:ante.i + 1]  # "Syrian rebels", not "rebels"
            a_ent = token_entity(self._entities, ante)
            if a_ent is not None and not phrase.start_char <= a_ent[1].start < phrase.end_char:
                # a name after the head is no name of it ("the problem with the Syrian crisis");
                # one before it is ("OPCW inspectors")
                a_ent = None
            c, s = code_phrase(ante, phrase.text, a_ent[0] if a_ent else None, self.kb, day)
            if a_ent is None and not s:
                # only a party continues as an actor: "The problem is the international
                # community's hesitation. It has refused ..." ("it" is not the problem)
                ante, c, s = None, None, None
        speaker = possessor_speaker(p.head) if p.head is not None and c is None and ante is None else None
        if speaker is not None:
            # "The Ethiopian prime minister said his country would use force": the speaker's country
            phrase = speaker.doc[speaker.left_edge.i:speaker.i + 1]
            s_ent = token_entity(self._entities, speaker)
            c = code_phrase(speaker, phrase.text, s_ent[0] if s_ent else None, self.kb, day)[0]
            if c is None:
                speaker = None
        head = ante if ante is not None else p.head
        c = successor(c, day)
        out = {"entity": p.entity.id if p.entity else None, "text": p.text, "country": c, "sector": s,
               "start": p.start, "end": p.end}
        if (ante is not None and (c or s)) or speaker is not None:
            out["refers_to"] = {"text": phrase.text, "start": phrase.start_char, "end": phrase.end_char}
        function = phrase_function(head, p.text, p.entity, self.kb, day, s)
        if function:
            out["function"] = function  # "UN peacekeepers": sector IGO, function MIL
        if c is None:
            guess = inferred_country(head, p.entity, s, self.kb, day, self._focus, self._sentences)
            if guess:
                out["country"], out["country_inferred"] = guess, True
        return out

    def _local_country(self, head) -> str | None:
        return local_country(head, self.kb, self._focus)

    def _events_json(self, mentions: list[EventMention], day: date | None) -> list[dict]:
        merged: dict[tuple, dict] = {}
        out: list[dict] = []
        for m in mentions:
            actor = self._participant(m.actor, day)
            target = self._participant(m.target, day)
            if actor and target and actor.get("entity") and actor.get("entity") == target.get("entity"):
                target = None
            if actor and target and actor.get("country_inferred") and not target.get("country_inferred") \
                    and actor["country"] == target["country"] and m.type in word_class("OUTWARD_TYPES"):
                # "The government imposed sanctions on Russian banks": a state penalises others;
                # the country guessed for an unnamed actor from its sentence is the target's
                actor = {k: v for k, v in actor.items() if k != "country_inferred"} | {"country": None}
            location = None
            if m.location is not None:
                ctx = None
                if m.location.head is not None:
                    for t in m.location.head.subtree:
                        if t.ent_type_ in ("GPE", "NORP"):
                            ctx = country_code(self.kb, t.text, day) or ctx
                head = m.location.head
                anaphor = _anaphoric_place_noun(head) if head is not None else None
                if ctx is None and anaphor is not None:
                    # ("the east of the province": a part of a place named before)
                    # "the UK has no plans to send further forces to the region", "the withdrawal
                    # of US forces from the area": a definite place noun points back to a place
                    # named before it (Halliday & Hasan 1976, anaphoric reference), not to the
                    # actor's home; with none named nearby its country stays unknown
                    named, ctx = antecedent_place_country(head, self.kb, self._focus,
                                                          any_role=anaphor.lemma_.lower() == "country")
                    if not named and actor is not None and actor.get("country") == self._focus:
                        # "HTS forced other armed groups in the area", no place named before:
                        # a group of the story's country acts at home
                        ctx = self._focus
                elif ctx is None and actor is not None and not actor.get("country_inferred") \
                        and not (head is not None and head.head.lower_ == "across"):
                    # "Belarus would deploy units for drills in the west": the actor's own west;
                    # "Ukraine gathered 20,000 people close to the border": Ukraine's side
                    # ("across the border" is the other side)
                    ctx = actor.get("country")
                place = resolve_place(m.location.text, self.kb, ctx, self._focus)
                location = {"text": m.location.text, "country": place.country, "name": place.name,
                            "lat": place.lat, "lon": place.lon, "confidence": place.confidence,
                            "unresolved_reason": place.reason, "start": m.location.start, "end": m.location.end}
            if location is not None and location["country"] and location["name"]:
                # "24 civilians killed in Turkey's offensive ... in northern Syria", "100
                # protesters demonstrated in Manchester": local people with no country of their
                # own are of the place where it happened before the article's focus country
                actor, target = (_placed(p, location["country"]) for p in (actor, target))
                if m.type == "PROTEST" and actor is not None and not actor.get("country") and not actor.get("entity") \
                        and actor.get("sector") in (None, "CVL", "OPP", "LAB", "EDU"):
                    # "Tens of thousands rallied in Tel Aviv": a crowd named by no nationality
                    # protests where it gathers
                    actor = {**actor, "country": location["country"], "country_inferred": True}
            if actor and target and target.get("country_inferred") and not target.get("from_location") \
                    and not actor.get("country_inferred") and actor.get("country") == target.get("country") \
                    and m.trigger.lemma_.lower() in word_class("RECEIVING_VERBS"):
                # "The opposition received backing from the United States": the country guessed
                # for the unnamed receiver came from the giver's own name in the sentence
                target = {k: v for k, v in target.items() if k != "country_inferred"} | {"country": None}
            date_json = None
            if m.date is not None:
                start, end = resolve_date(m.date.text, day)
                date_json = {"text": m.date.text, "start": start, "end": end}
            qty = None
            if m.quantity is not None:
                v = m.quantity.value
                qty = {"value": int(v) if float(v).is_integer() else v, "unit": m.quantity.unit,
                       "approx": m.quantity.approx}
            source = None
            if m.source is not None:
                source = {"entity": m.source.entity.id if m.source.entity else None,
                          "name": m.source.name or m.source.text}
            doc_text = text_of(m.trigger.doc)
            ev = {"start": m.evidence[0], "end": m.evidence[1], "text": doc_text[m.evidence[0]:m.evidence[1]],
                  "factuality": m.factuality, "source": source}
            group = "fact" if m.factuality in ("asserted", "claimed") else m.factuality
            key = (m.type, _pkey(actor), _pkey(target), group)
            if actor is None:
                # without an actor, two mentions are one happening only if they share the
                # trigger's own words and place: "the deployment ... the deployment"
                key = key + (m.trigger.lemma_, (location or {}).get("text"))
            if m.type == "ASSAULT" and (m.cameo or "").startswith("192"):
                # "conduct its policy of terror and retake territory": ground taken is another
                # happening than the violence that took it (ACLED too tells them apart)
                key = key + ("territory",)
            if actor is not None and actor["country"] is None and location is not None and location["country"] \
                    and m.actor is not None and m.actor.head is not None \
                    and m.actor.head.lemma_.lower() in word_class("WEAPON_NOUNS"):
                # "killed by an improvised explosive device outside Basra": a weapon with no one
                # named behind it is an unidentified armed force of the place (the PLOVER gold
                # standard infers such actors from the event's location)
                actor = {**actor, "country": location["country"], "sector": actor["sector"] or "UAF",
                         "country_inferred": True}
            if m.mode == "arrest" and target is not None and target["country"] is None and not target.get("entity") \
                    and actor is not None and actor.get("country") and actor.get("sector") in STATE_SECTORS:
                # "police ... arresting 12", "arrested political opponents": a state's forces
                # arrest on its own ground, so people they hold with no country named are
                # taken for its own (marked inferred); the place, when named, says so first
                where = (location or {}).get("country")
                target = {**target, "country": where or actor["country"], "country_inferred": True}
            if target is None and location is not None and location["country"] and location["name"] \
                    and (m.type in word_class("LOCATION_TARGET_TYPES")
                         or m.type == "THREATEN" and (m.mode or "") in word_class("LOCATION_TARGET_THREATS")) \
                    and not (m.type == "MOBILIZE" and location["country"] == (actor or {}).get("country")):
                # nothing named as the target: the country of the place is (CAMEO's convention),
                # marked so a reader can tell it from a target the text names. A relative place
                # ("the border", no name) has its country from the actor and names no target;
                # forces moved inside their own country are aimed at no one the place names
                target = {"entity": None, "text": location["text"], "country": location["country"],
                          "sector": None, "start": location["start"], "end": location["end"],
                          "country_inferred": True, "from_location": True}
            if actor is None and target is None and _bare_definite(m.trigger):
                # "welcomed the deal", "the agreement could ease tensions": a definite noun with
                # no party of its own refers back to the happening of its type already reported
                # (event anaphora), not a new one; what is said of it (could ease) is not of it
                earlier = next((r for r in reversed(out) if r["type"] == m.type), None)
                if earlier is not None:
                    earlier["support"].append(ev)
                    continue
            if key in merged and m.mode and merged[key]["mode"] and m.mode != merged[key]["mode"] \
                    and m.type in ("COERCE", "ASSAULT"):
                # "arrested a dozen suspects and seized rifles": one actor's two acts of a type
                # done in other ways (an arrest, a seizure) are two happenings; a deployment's
                # ships and troops are one ("drills ..., sending warships and fighter jets")
                key = key + (m.mode,)
            if key in merged:
                prev = merged[key]
                prev["support"].append(ev)
                for field, val in (("location", location), ("date", date_json), ("quantity", qty),
                                   ("target", target), ("source", source)):
                    if field == "source" and prev["factuality"] == "asserted":
                        continue  # the text vouches for it; who said so is in each support's source
                    if prev.get(field) is None and val is not None:
                        prev[field] = val
                prev["fatal"] = prev["fatal"] or m.fatal  # "the firing ... left two dead"
                if prev["factuality"] == "claimed" and m.factuality == "asserted":
                    prev["factuality"], prev["source"] = "asserted", None
                continue
            record = {
                "id": f"V{len(out) + 1}", "type": m.type, "mode": m.mode, "cameo": m.cameo,
                "acled": acled_subtype({"type": m.type, "mode": m.mode, "actor": actor, "target": target}, ev["text"]),
                "trigger": _trigger_json(m.trigger),
                "actor": actor, "target": target, "location": location, "date": date_json,
                "quantity": qty, "factuality": m.factuality, "source": source,
                "evidence": ev, "support": [ev], "fatal": m.fatal,
            }
            merged[key] = record
            out.append(record)
        return out


# sectors of a state's own institutions: an office of no named state is the focus country's
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG", "SPY"}


def _unmodified(head) -> bool:
    """"the regime", "our troops", "200 soldiers": no adjective or noun says whose they are."""
    return head.pos_ == "NOUN" and not any(c.dep_ in ("amod", "compound", "nmod", "poss") and c.pos_ != "PRON"
                                           for c in head.children)


def _bare_definite(head) -> bool:
    """"the government", "the regime": a definite noun with no modifier of its own."""
    kids = list(head.children)
    return head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in kids) \
        and all(c.dep_ in ("det", "punct") for c in kids)


def inferred_country(head, entity: Entity | None, s: str | None, kb: ActorKB, day: date | None,
                     focus: str | None, sentences: int) -> str | None:
    """The country guessed for a participant whose own words name none (the report marks it
    inferred): the place it is in or the article's focus country for a local group, the
    sentence's country for a group or a body, the focus country for a state's office."""
    if _supranational(entity):
        return None  # "the International Criminal Court" is no one state's, whatever the sentence names
    if head is not None and head.lemma_.lower() in read_words("adversary_nouns.tsv"):
        return None  # "its enemies", "critics": the other side of whoever the text is about
    local = local_country(head, kb, focus) if s in LOCAL_SECTORS and (
        entity is None or entity.type != "PERSON") and (focus or s in ARMED_LOCAL) else None
    if local or (focus and s in LOCAL_SECTORS and (entity is None or entity.type != "PERSON")):
        # "Protestors" in a story about Belarus are Belarusian: the article's focus country,
        # marked as inferred so a reader can tell it from a country the text names; a place
        # their own phrase or their sentence puts them in comes first ("scores of civilians
        # ... in Afrin" in a story about Turkey's offensive are Syrian). A text of a sentence or
        # two has no focus of its own beyond that sentence: its first country, read by role
        # ("Burmese troops captured part of a Karen guerrilla stronghold on the Thai border,
        # Thai police said"), comes before the count
        # (each looked up once, and only when the one before it found nothing)
        return local or (sentences < 3 and head is not None and sentence_country(head, kb, day)) or focus
    if head is not None and not (entity is not None and (entity.actor or {}).get("kb_name")) \
            and (s and s not in NON_STATE or (not s and entity is not None and entity.type == "ORG")) \
            and not (entity is None and head.lemma_.lower() in role_nouns() and (sentences >= 3 or _epithet(head))):
        # (a person the dictionary knows with no state is an international figure, "Kofi
        # Annan" [ELI])
        # (an organisation no dictionary knows, "the Homeland Union", is guessed the same way)
        # a group's country from its sentence; not an unresolved epithet's ("the despot"
        # may be anyone the sentence names), nor, in an article, an office's ("officials",
        # "foreign ministers" may be any state's the article names; in a text of a sentence
        # or two, "Mutinous soldiers took control of Bouake", the sentence is all there is)
        own = local_country(head, kb, focus, own_phrase=True)
        if own is not None:
            return own  # "the Kurdish regional government in Irbil"
        before = antecedent_body_country(head, kb, day)
        if before is not None:
            return before  # "the Assad regime ... regime forces would not oppose it"
        if any(
                m.dep_ in ("amod", "compound") and m.ent_type_ == "NORP" and not country_code(kb, m.text, day)
                and m.lower_ not in word_class("RELIGION_WORDS") and m.lower_ not in ("pro", "anti", "-")
                for m in head.children):
            # a people with no state of its own names whose they are: "the Kurdish authorities"
            # are no one's the sentence names; a faith is no people ("Hindu nationalists")
            return None
        guess = sentence_country(head, kb, day)
        if guess is None and s in STATE_SECTORS and sentences >= 3 and _unmodified(head):
            # "the regime", "the generals" with no country in the sentence: the state the
            # article is about (a definite description picks the salient referent, Roberts
            # 2003); not "the Kurdish forces" or "western special forces", whose modifier
            # says they are someone else's
            guess = focus
        return guess
    if s in STATE_SECTORS and focus and sentences >= 3 and entity is None \
            and head is not None and head.tag_ == "NNS" and _unmodified(head):
        # "the generals", "40 soldiers": a state's people named by their office, many of
        # them, not an epithet for one person the sentence may name
        return focus
    return None


def antecedent_body_country(head, kb: ActorKB, day: date | None) -> str | None:
    """The owner of the body a bare definite refers back to: "the regime", "regime forces",
    "the government" after "the Assad regime", "Turkey's government". A definite noun with no
    modifier takes up the last mention with the same head noun (same-head anaphora, Vieira
    and Poesio 2000), whoever else its own sentence names."""
    bodies = word_class("ANAPHORIC_BODIES")
    noun = None
    if head.lemma_.lower() in bodies and _bare_definite(head):
        noun = head
    elif _only_modifier_is_body(head, word_class("ANAPHORIC_MODIFIERS")):
        noun = next(c for c in head.children if c.dep_ == "compound")
    if noun is None:
        return None
    for t in reversed(head.doc[:noun.i]):
        if t.lemma_.lower() != noun.lemma_.lower() or t.pos_ != "NOUN":
            continue
        for m in t.children:
            if m.dep_ in ("amod", "compound", "nmod", "poss") and m.pos_ != "PRON":
                owner = _owner_country(m, kb, day)
                if owner is not None:
                    return owner
    return None


def _only_modifier_is_body(head, bodies: frozenset[str]) -> bool:
    """"regime forces", "government troops": a body noun is the only modifier."""
    mods = [c for c in head.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    return head.pos_ == "NOUN" and len(mods) == 1 and mods[0].dep_ == "compound" \
        and mods[0].lemma_.lower() in bodies and not list(mods[0].children)


def _owner_country(mod, kb: ActorKB, day: date | None) -> str | None:
    """The one country a modifier names: "Syrian", "Turkey's", "Assad" (a leader)."""
    ent = next((e for e in mod.doc.ents if e.start <= mod.i < e.end), None)
    text = ent.text if ent is not None else mod.text
    if text.lower().endswith(("'s", "’s")):
        text = text[:-2]
    code = country_code(kb, text, day)
    if code is not None or ent is None or ent.label_ not in ("PERSON", "ORG", "NORP"):
        return code
    return org_country(kb, text, day)  # a leader's or a body's: "the Assad regime"


def _epithet(head) -> bool:
    """A definite singular office ("the despot", "the minister"): one person the sentence may
    name, not a group ("protesters", "a prominent journalist")."""
    return head.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def local_country(head, kb: ActorKB, focus: str | None, own_phrase: bool = False) -> str | None:
    """The one country of the places named "in", "near" or "inside" in the phrase of
    ``head``, else (unless ``own_phrase``) in its sentence (cities and regions, not
    nationalities)."""
    if head is None:
        return None
    # a named place right after a locative preposition of the head, whatever the small model
    # tagged it, or missed: "gunmen in the Swat valley", "villagers near Tessalit"
    named = {c for p in head.children if p.dep_ == "prep" and p.lower_ in LOCATIVE_IN
             for o in p.children if o.dep_ == "pobj" and any(t.pos_ == "PROPN" for t in o.subtree)
             for c in [resolve_place(head.doc[o.left_edge.i:o.right_edge.i + 1].text, kb, None, focus).country]
             if c}
    if len(named) == 1:
        return named.pop()
    # (its own phrase without a relative clause: "a veteran who fought in eastern Ukraine")
    sub = {t.i for t in (phrase_tokens(head) if own_phrase else head.subtree)}
    # (a town the small model tags as a group or a person counts where a place stands:
    # "protesters in Andijan", "the port city of Mariupol")
    ents = [e for e in head.sent.ents if e.root.dep_ == "pobj" and (
            e.label_ in ("GPE", "LOC") and (e.root.head.lower_ in LOCATIVE_IN or _locative_of(e.root.head))
            or e.label_ in ("GPE", "LOC", "NORP", "ORG", "PERSON") and place_object(e) and city_kind(e.text))]
    for scope in ([e for e in ents if e.root.i in sub], [] if own_phrase else ents):
        found = {c for e in scope for c in [resolve_place(e.text, kb, None, focus).country] if c}
        if found:
            return next(iter(found)) if len(found) == 1 else None
    return None


def _anaphoric_place_noun(head):
    """The place noun that points back, the head's own or its "of" noun's ("the east of the
    province"), or None."""
    for t in [head] + [g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]:
        if t.lemma_.lower() in word_class("ANAPHORIC_PLACES"):
            return t
    return None


def _state_or_capital(name: str, kb: ActorKB) -> bool:
    """A state's name or its capital's, which news uses for its government ("Moscow said",
    "the US"), not a town the actor dictionary files under its state ("Idlib")."""
    kind = city_kind(name)
    if kind is not None:
        return kind[0] == "capital"
    return normalise(name) in iso_country_names() or any(x.kind == "country" for x in kb.lookup(name))


def antecedent_place_country(head, kb: ActorKB, focus: str | None, sentences: int = 2,
                             any_role: bool = False) -> tuple[bool, str | None]:
    """Whether a place is named before ``head`` (as a place: "in Syria", "the town of
    Jarablus", not "coordination with the US"), in its sentence or the ``sentences`` before,
    and the country of the last one (None for places of several states). With ``any_role``
    ("the country") a state named in any role counts: "Belarus will hold drills in the west
    of the country"."""
    doc = head.doc
    sent = head.sent
    starts = [sent.start]
    while len(starts) <= sentences and starts[-1] > 0:
        starts.append(doc[starts[-1] - 1].sent.start)
    for e in reversed([e for e in doc.ents if starts[-1] <= e.start and e.end <= head.left_edge.i]):
        if any_role and e.label_ in ("GPE", "ORG") and normalise(e.text) in iso_country_names() \
                and (state := country_code(kb, e.text)) is not None:
            return True, state  # "the country": a state named in any role
        # (a town or a province in any role is a place, "jets pounded Idlib"; a state or a
        # capital may be a government, "coordination with the US")
        if e.label_ == "LOC" or e.label_ == "GPE" and (place_object(e) or not _state_or_capital(e.text, kb)):
            country = resolve_place(e.text, kb, None, focus).country
            if country:
                # "radicalised in Iraq or Syria ... fighting in the region": places of two
                # states are no one state's
                others = {resolve_place(doc[c.left_edge.i:c.i + 1].text, kb, None, focus).country
                          for c in e.root.children if c.dep_ == "conj" and c.ent_type_ in ("GPE", "LOC")}
                return True, country if others <= {country, None} else None
    return False, None


# sectors of domestic actors, whose country the article's focus country can supply
LOCATIVE_IN = {"in", "near", "inside", "across", "throughout"}
def _locative_of(prep) -> bool:
    """An "of" that names a place where something is: "in the southern state of Chiapas",
    "17 villagers south of Algiers" (a direction word, data/event_word_classes.tsv)."""
    if prep.lower_ != "of":
        return False
    noun = prep.head
    if noun.lemma_.lower() in word_class("DIRECTION_WORDS"):
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_IN


# unnamed armed men with no article focus to go by are of the place where they act, never of
# their victims' nationality ("Gunmen kidnapped an Italian aid worker in Somalia")
ARMED_LOCAL = {"UAF", "REB", "CRM"}
LOCAL_SECTORS = {"CVL", "OPP", "COP", "REB", "LAB", "EDU", "MED", "BUS", "CRM", "REF", "UAF", "JUD", "LEG"}


def _supranational(e: Entity | None) -> bool:
    """A body whose name says it belongs to no one state ("International Criminal Court",
    "World Health Organization"): its country is never guessed."""
    return e is not None and e.type == "ORG" and bool(set(e.name.lower().split()) & word_class("SUPRANATIONAL_WORDS"))


def focus_country(entities: list[Entity], dateline: str | None = None) -> str | None:
    """The country most of the article's country mentions name, when one clearly dominates;
    the dateline's country when the article keeps naming it (a wire story filed from Warsaw
    about Russian diplomats is about Poland's government)."""
    counts: dict[str, int] = {}
    for e in entities:
        c = (e.actor or {}).get("country")
        if c and e.type in ("GPE", "NORP", "ORG", "PERSON"):
            if e.type == "GPE" and ambiguous_city(e.name):
                # a name cities of several states share votes for none: "Hyderabad" with
                # "Pakistani officials" is Pakistan's, and must not make the story India's
                continue
            counts[c] = counts.get(c, 0) + sum(m.kind == "name" for m in e.mentions)
    counts = {c: n for c, n in counts.items() if n}
    if not counts:
        return None
    if dateline and counts.get(dateline, 0) >= 0.25 * sum(counts.values()):
        return dateline
    best = max(counts, key=counts.get)
    if sum(v == counts[best] for v in counts.values()) > 1:
        return None  # a tie names no focus
    return best if counts[best] >= 0.4 * sum(counts.values()) else None


def _placed(p: dict | None, country: str) -> dict | None:
    if p is not None and p.get("country_inferred") and not p.get("from_location") \
            and p.get("sector") in LOCAL_SECTORS - {"JUD", "LEG"} and p["country"] != country:
        return {**p, "country": country}
    return p


def _pkey(p: dict | None) -> str | None:
    if p is None:
        return None
    if p.get("entity"):
        return p["entity"]
    if p.get("country") or p.get("sector"):
        return f"{p.get('country')}/{p.get('sector')}"
    return p["text"].lower()


def _entity_json(e: Entity) -> dict:
    return {
        "id": e.id, "name": e.name, "type": e.type,
        "actor": e.actor or {"country": None, "sector": None, "code": None},
        "mentions": [{"start": m.start, "end": m.end, "text": m.text, "kind": m.kind} for m in e.mentions],
    }


def _quote_json(q: Quote, i: int) -> dict:
    sp = None
    if q.speaker is not None:
        sp = {"entity": q.speaker.entity.id if q.speaker.entity else None, "name": q.speaker.name,
              "start": q.speaker.start, "end": q.speaker.end, "text": q.speaker.text}
    return {
        "id": f"Q{i}", "kind": q.kind, "text": q.text,
        "spans": [{"start": s, "end": e} for s, e in q.spans],
        "speaker": sp, "cue": q.cue, "channel": q.channel,
        # quotes found by the learned attribution model carry its probability; rules: null
        "confidence": q.confidence,
    }


def _trigger_json(tok: Token) -> dict:
    """The trigger word, whole when the tokenizer split it at a hyphen ("build-up", "sit-in")."""
    doc, start = tok.doc, hyphen_start(tok)
    first = doc[start]
    text = doc.text[first.idx:tok.idx + len(tok)]
    lemma = tok.lemma_.lower() if start == tok.i else text.lower()
    return {"text": text, "start": first.idx, "end": tok.idx + len(tok), "lemma": lemma, "pos": tok.pos_}
