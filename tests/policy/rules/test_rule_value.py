"""no_value and borderline_value: filler of other kinds is rejected, a thin contribution is held."""

from __future__ import annotations

import pytest

from forum.policy import Decision, PolicySettings, review_comment

TRUISMS = ("The customer is always right. Communication is key. A smile goes a long way. Go the extra mile. "
           "Treat customers the way you want to be treated.")


@pytest.mark.parametrize(("text", "evidence"), [
    ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.", "lorem"),
    ("asdf asdf qwerty", "asdf"),
    ("sdkfjhsdf kjhsdfkj hsdkjfhskdjf lkjsdflkj", "sdkfjhsdf"),
    ("{Great|Nice|Awesome} {post|article}! I {love|like} it.", "{Great|Nice|Awesome}"),
    ("Hello [NAME], read our article about [KEYWORD] today", "[NAME]"),
    ("customer service, call center, crm, helpdesk software, best support tools, ticketing, live chat, "
     "outsourcing, bpo", "customer service"),
    ("Top crypto casino bonuses and betting tips for winners every single day of the week", "crypto"),
])
def test_placeholder_gibberish_templates_keyword_lists_and_off_topic_spam_are_no_value(
        text: str, evidence: str) -> None:
    verdict = review_comment(text)
    assert verdict.decision is Decision.REJECT
    reason = next(r for r in verdict.reasons if r.rule == "no_value")
    assert evidence.lower() in reason.evidence.lower()


def test_a_long_string_of_truisms_is_no_value() -> None:
    assert len(TRUISMS.split()) >= 20
    assert "no_value" in review_comment(TRUISMS).rules()


def test_a_single_short_truism_is_too_brief_rather_than_no_value() -> None:
    assert review_comment("The customer is always right!").rules() == ("too_brief",)


@pytest.mark.parametrize("text", [
    "I work nights on a hospital help desk.",
    "We see exactly this with our younger callers too.",
    "As a team lead I find the hardest part is staying calm myself.",
])
def test_a_personal_detail_without_anything_concrete_is_held_as_borderline(text: str) -> None:
    verdict = review_comment(text)
    assert verdict.decision is Decision.HOLD
    assert verdict.rules() == ("borderline_value",)
    assert verdict.reasons[0].evidence


GENERAL_IDEA = ("Patience with angry callers depends on how rested the agent is, and scheduling decides "
                "that more than any training module or motivational poster on the wall.")


def test_a_general_idea_without_an_example_or_figure_is_held() -> None:
    assert review_comment(GENERAL_IDEA).rules() == ("borderline_value",)


REASONED = ("Patience with angry callers depends on how rested the agent is, because tired agents hear "
            "every complaint as an attack, which means rota planning matters more than scripts.")


def test_a_reasoned_argument_of_twenty_words_or_more_publishes() -> None:
    assert len(REASONED.split()) >= 20
    assert review_comment(REASONED).decision is Decision.PUBLISH


def test_the_same_argument_counts_as_thin_when_the_brief_limit_is_raised_above_its_length() -> None:
    settings = PolicySettings(brief_word_limit=len(REASONED.split()) + 1)
    assert review_comment(REASONED, settings=settings).rules() == ("borderline_value",)


def test_a_truism_run_just_under_the_brief_limit_is_too_brief_and_at_the_limit_no_value() -> None:
    words = len(TRUISMS.split())
    assert review_comment(TRUISMS, settings=PolicySettings(brief_word_limit=words + 1)).rules() == ("too_brief",)
    assert review_comment(TRUISMS, settings=PolicySettings(brief_word_limit=words)).rules() == ("no_value",)


@pytest.mark.parametrize("text", [
    "We test every new macro on five real tickets before it goes live.",
    "I disagree that scripts kill empathy, because new agents need words before they find their own.",
    "For example, our airline desk lets agents rebook without a supervisor for fares under a set amount.",
    "Last week a customer called to thank the agent who stayed on the line during the storm outage.",
    "Which metric do you report to leadership when first contact resolution and satisfaction disagree?",
])
def test_experience_practice_example_question_and_reasoned_disagreement_publish(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH


def test_a_question_put_to_someone_in_the_discussion_is_about_the_work_but_one_to_anyone_reading_is_not() -> None:
    asked = ("Thanks Daniel, that is the same thing we hit. Could you check whether the account notes follow the "
             "case when it moves to the next person, or does somebody copy them across by hand?")
    assert review_comment(asked).decision is Decision.PUBLISH
    errand = ("Can anyone recommend a decent plumber near Leicester who does weekend visits? The last one never "
              "turned up and I have a leak under the sink.")
    assert "no_value" in {r.rule for r in review_comment(errand).reasons}


@pytest.mark.parametrize("text", [
    "On our bereavement line we never ask the next of kin for the death certificate on the first call; we take "
    "the name and call back within two days, and complaints about that step dropped to almost none.",
    "Customers hated the processing fee on refunds, so we scrapped it and complaints about refunds fell 30% in a "
    "quarter.",
    "No experience needed was the line on our job ad, and we hired 12 people who quit within a month because "
    "nobody told them about the night shifts.",
    "Our agent took a call at 3 pm from a customer who had lost her savings in a crypto scam. We walked her "
    "through reporting it to her bank's fraud team and logged it for the fraud desk.",
])
def test_words_a_scam_also_uses_do_not_make_an_account_of_the_work_off_topic(text: str) -> None:
    assert review_comment(text).decision is Decision.PUBLISH
