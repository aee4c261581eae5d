"""Demo content for Frontline: accounts, boards, threads and comments.

Pure data. Every person, team and story here is invented; companies appear only as "our team" or
"a utility I worked for". Published comments are written to pass the community's comment policy
(``docs/policy.md``; ``tests/demo`` checks every one against the engine); the four `pending` comments are
the kind a moderator has to judge. Paragraphs are wrapped here for reading and stored unwrapped (:func:`unwrap`).
"""

import re
import textwrap
from dataclasses import dataclass

from forum.models.vocab import CommentStatus, Role


@dataclass(frozen=True)
class DemoUser:
    handle: str  # lowercase, [a-z0-9_], 3-20 chars
    display_name: str
    email: str  # use the example.org domain: "maya@example.org"
    role: Role
    bio: str  # Markdown, 1-3 sentences, their job and what they care about


@dataclass(frozen=True)
class DemoComment:
    author: str  # handle
    body: str  # Markdown
    minutes_after: int  # minutes after the thread (or parent comment) was started; increasing among siblings
    replies: tuple["DemoComment", ...] = ()
    status: CommentStatus = CommentStatus.PUBLISHED  # or PENDING


@dataclass(frozen=True)
class DemoBoard:
    slug: str  # kebab-case
    name: str
    description: str  # one sentence


@dataclass(frozen=True)
class DemoThread:
    board: str  # board slug
    slug: str  # kebab-case, unique, from the title
    title: str
    author: str  # handle
    body: str  # Markdown opening post, 120-350 words
    tags: tuple[str, ...]
    days_ago: int  # when the thread was started
    comments: tuple[DemoComment, ...]
    pinned: bool = False
    locked: bool = False


DEMO_PASSWORD = "frontline-demo"  # every demo account's password (printed by `make run`)


_BLOCK_MARKER = re.compile(r"(?:[-*+]|\d{1,3}[.)]|>)\s")


def unwrap(markdown: str) -> str:
    """Markdown with every paragraph, list item and quoted line on one line (no hard wraps).

    A soft line break inside a paragraph renders as a visible break in a comment (the renderer keeps them,
    as members expect when they press Enter), so wrapped source text would render ragged, worst on a phone.
    Blank lines separate blocks; a line starting with a list or quote marker starts a new line; any other
    line continues the one before it.
    """
    blocks = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        lines: list[str] = []
        for line in block.splitlines():
            line = line.strip()
            if lines and not _BLOCK_MARKER.match(line):
                lines[-1] = f"{lines[-1]} {line}"
            else:
                lines.append(line)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _md(text: str) -> str:
    """A triple-quoted Markdown block, written wrapped in this file for reading, stored unwrapped."""
    return unwrap(textwrap.dedent(text))


# --------------------------------------------------------------------------------------------------------
# Users: the three demo accounts first, then the regulars and a few newcomers.
# --------------------------------------------------------------------------------------------------------

USERS: tuple[DemoUser, ...] = (
    DemoUser(
        handle="maya",
        display_name="Maya Okafor",
        email="maya@example.org",
        role=Role.MEMBER,
        bio=_md("""
            Frontline agent on the billing and outages line of a regional utility's contact centre,
            three years on the phones. I care about honest restoration times and callbacks that
            actually happen.
            """),
    ),
    DemoUser(
        handle="sam",
        display_name="Sam Whitaker",
        email="sam@example.org",
        role=Role.MODERATOR,
        bio=_md("""
            Team lead for a fourteen-person phone and email support team, and a moderator here.
            I believe coaching starts with listening to the whole call, not with the scorecard.
            """),
    ),
    DemoUser(
        handle="alex",
        display_name="Alex Hartigan",
        email="alex@example.org",
        role=Role.ADMIN,
        bio=_md("""
            I run Frontline. Nine years in contact centres, from agent to operations manager, and I
            started this place so practitioners could compare what actually works on the floor.
            """),
    ),
    DemoUser(
        handle="priya_r",
        display_name="Priya Raghunathan",
        email="priya@example.org",
        role=Role.MEMBER,
        bio=_md("""
            QA analyst for a telecom support centre; I score around 200 interactions a month.
            I care about scorecards that agents can trust and calibration that ends in agreement.
            """),
    ),
    DemoUser(
        handle="jonas_l",
        display_name="Jonas Lindqvist",
        email="jonas@example.org",
        role=Role.MEMBER,
        bio=_md("""
            Workforce planner building schedules for three sites. I spend a lot of my time explaining
            that shrinkage is not a dirty word.
            """),
    ),
    DemoUser(
        handle="tomasz_w",
        display_name="Tomasz Wójcik",
        email="tomasz@example.org",
        role=Role.MEMBER,
        bio=_md("""
            Team lead on a chat support team for a subscription software business. Recovering
            leaderboard enthusiast, now more interested in reopen rates than speed.
            """),
    ),
    DemoUser(
        handle="aisha_b",
        display_name="Aisha Bello",
        email="aisha@example.org",
        role=Role.MEMBER,
        bio=_md("""
            CX manager for an insurance claims contact centre. I care about recognition that names
            the actual work, and about reading survey comments rather than just averaging them.
            """),
    ),
    DemoUser(
        handle="deshawn_c",
        display_name="DeShawn Carter",
        email="deshawn@example.org",
        role=Role.MEMBER,
        bio=_md("""
            Onboarding trainer running a six-week new-hire programme for a bank's phone team.
            I still take calls one morning a month so my examples stay honest.
            """),
    ),
    DemoUser(
        handle="meilin",
        display_name="Mei-Lin Chen",
        email="meilin@example.org",
        role=Role.MEMBER,
        bio=_md("""
            Billing agent on an email and chat queue, about a year in. Fairly new to Frontline and
            happy to ask the awkward questions.
            """),
    ),
    DemoUser(
        handle="rafael_o",
        display_name="Rafael Ortega",
        email="rafael@example.org",
        role=Role.MEMBER,
        bio=_md("""
            Bilingual (English and Spanish) senior agent on a travel support desk. I maintain our
            macro library and think every template should survive being read aloud.
            """),
    ),
    DemoUser(
        handle="grace_o",
        display_name="Grace Owusu",
        email="grace@example.org",
        role=Role.MEMBER,
        bio=_md("""
            Team lead on a hospital outpatient booking line. Repeat callers are my favourite data:
            most of them are telling us something broke upstream.
            """),
    ),
    DemoUser(
        handle="noor_h",
        display_name="Noor Haddad",
        email="noor@example.org",
        role=Role.MEMBER,
        bio=_md("""
            Knowledge manager for a support team of sixty. I archive more articles than I write,
            and I'm proud of it.
            """),
    ),
    DemoUser(
        handle="ben_t",
        display_name="Ben Tran",
        email="ben@example.org",
        role=Role.MEMBER,
        bio=_md("""
            Overnight chat agent, joined Frontline last month. Mostly here to learn how day-shift
            teams do things.
            """),
    ),
    DemoUser(
        handle="harper_j",
        display_name="Harper Jensen",
        email="harper@example.org",
        role=Role.MEMBER,
        bio=_md("""
            Support operations analyst, new to the community. Interested in repeat-contact data and
            what it says about root causes.
            """),
    ),
    DemoUser(
        handle="lucia_a",
        display_name="Lucía Arriaga",
        email="lucia@example.org",
        role=Role.MEMBER,
        bio=_md("""
            Agent on a Spanish-language support line for a mobile network. I read along in English
            and sometimes answer in Spanish.
            """),
    ),
)


# --------------------------------------------------------------------------------------------------------
# Boards, in display order.
# --------------------------------------------------------------------------------------------------------

BOARDS: tuple[DemoBoard, ...] = (
    DemoBoard(
        slug="frontline-stories",
        name="Frontline stories",
        description=(
            "Calls, chats and tickets that taught you something, told by the people who handled them."
        ),
    ),
    DemoBoard(
        slug="appreciation",
        name="Appreciation and recognition",
        description=(
            "How teams thank and recognise frontline people, from Customer Service Week to everyday "
            "kudos that name the actual work."
        ),
    ),
    DemoBoard(
        slug="coaching",
        name="Coaching and leadership",
        description="Feedback, calibration, wellbeing and the everyday craft of leading a support team.",
    ),
    DemoBoard(
        slug="tools-and-techniques",
        name="Tools and techniques",
        description=(
            "Practical methods for macros, knowledge bases, schedules, metrics and the rest of the "
            "support toolkit."
        ),
    ),
)


# --------------------------------------------------------------------------------------------------------
# Threads: three per board.
# --------------------------------------------------------------------------------------------------------

_WELCOME = DemoThread(
    board="frontline-stories",
    slug="welcome-to-frontline-how-we-post-here",
    title="Welcome to Frontline: how we post here",
    author="alex",
    pinned=True,
    tags=("welcome", "community", "posting-policy"),
    days_ago=60,
    body=_md("""
        Welcome! Frontline is a room for people who do customer service for a living: agents, team
        leads, QA analysts, planners, trainers and CX managers. We're here to compare notes on the
        work itself, the calls that went sideways and the small fixes that made Monday mornings easier.

        ## How we comment

        Every comment is read against one short policy. In plain words:

        - **Bring something to the table.** Share what happened on one of your contacts, a practice
          your team uses, a number you measured, an example, a sharp question, or a disagreement
          with your reasons.
        - **One link at most, and only to something that teaches.** An article, a paper, an
          encyclopedia entry or a person's blog post. Not a home page, a product, a pricing page or
          a sign-up form.
        - **Skip the one-line applause.** "Great post!" tells the author nothing. If a thread helped,
          say what you'll try and why.
        - **No promotion.** We don't publish links that point to a business, something for sale or a
          paid service, and that includes your employer and your own consultancy.

        Some comments wait for a moderator before anyone else sees them: a vendor's blog article,
        a video, a comment mostly in another language, or one that's a bit thin. That isn't a
        judgement on you. It means a person needs to look, and you'll usually have an answer within
        a day.

        ## Starting a thread

        Tell it the way you'd tell it in the break room, then say what you're still unsure about.
        Leave out customer names, account numbers and anything else that identifies someone.
        Naming your employer is optional; "a utility I worked for" works fine.

        Pull up a chair, and introduce yourself in your first comment if you like.
        """),
    comments=(
        DemoComment(
            author="noor_h",
            minutes_after=52,
            body=_md("""
                Question on the one-link rule: if I link a knowledge-management article that lives
                on a software vendor's blog, is it held or refused? A lot of the useful writing in
                my corner of the field sits on vendor sites, and most of it isn't a sales pitch.
                """),
            replies=(
                DemoComment(
                    author="alex",
                    minutes_after=35,
                    body=_md("""
                        Hi Noor, held rather than refused. A moderator opens it, and if the article
                        teaches something and your comment makes its own point, it usually goes
                        through. What we won't publish is the product page, the demo form, or a
                        comment that only exists to get the link clicked.
                        """),
                    replies=(
                        DemoComment(
                            author="noor_h",
                            minutes_after=20,
                            body=_md("""
                                That's clear, thanks. I'll summarise the article's main point in two
                                or three sentences when I link, so the comment still stands on its
                                own if a moderator decides the link shouldn't stay.
                                """),
                        ),
                    ),
                ),
            ),
        ),
        DemoComment(
            author="priya_r",
            minutes_after=140,
            body=_md("""
                A suggestion from the QA side: when you post about a call, say which channel it was
                and roughly how long the customer had waited. Half the disagreements I see about
                "what the agent should have done" come from people picturing a different situation.
                """),
        ),
        DemoComment(
            author="deshawn_c",
            minutes_after=410,
            body=_md("""
                I'd like to use a few threads here as discussion material in onboarding. Is it all
                right to share a printed thread with a training cohort if I remove the member names?
                """),
            replies=(
                DemoComment(
                    author="alex",
                    minutes_after=95,
                    body=_md("""
                        Hi DeShawn, yes for internal training with names removed, and tell the cohort
                        where it came from so they can join the conversation. Please don't republish
                        threads anywhere public: members wrote them for this room.
                        """),
                ),
            ),
        ),
        DemoComment(
            author="meilin",
            minutes_after=1460,
            body=_md("""
                For newer people like me: can I post about a call I'm still unsure I handled well,
                or is this board for finished lessons? I have a billing dispute from last week
                that I keep replaying.
                """),
            replies=(
                DemoComment(
                    author="sam",
                    minutes_after=48,
                    body=_md("""
                        Hi Mei-Lin, unfinished is welcome, and often more useful. Post what happened,
                        what you said, and the one moment you keep replaying. You'll get better
                        answers than a tidy success story ever does.
                        """),
                ),
            ),
        ),
    ),
)

_OUTAGE_CALL = DemoThread(
    board="frontline-stories",
    slug="day-three-of-an-outage-and-the-call-that-turned-around",
    title="Day three of an outage, and the call that turned around",
    author="maya",
    tags=("de-escalation", "outages", "phone"),
    days_ago=9,
    body=_md("""
        Last week's storm left parts of our service area without power for three days. By day three,
        nearly every call in my queue opened with shouting, and I'd started bracing before I even
        said my name.

        One caller, I'll call him Mr. D, had an elderly mother on an oxygen concentrator whose
        backup battery was running low. He'd already called twice and been told that crews were
        "working as quickly as possible". He began by telling me exactly what he thought of that
        sentence.

        What I did differently this time:

        1. **I let him finish.** No interrupting to reassure. It took about ninety seconds, which
           feels endless on the phone.
        2. **I repeated the specific stake, not the feeling.** "Your mum's battery has about four
           hours left and nobody has told you whether power is back before then." No "I understand
           your frustration".
        3. **I checked whether the address was flagged for powered medical equipment.** It wasn't.
           I added the flag and raised a priority ticket with dispatch while he was on the line.
        4. **I gave him the honest estimate**, 20:00, which was later than the battery would last,
           and then the two things we could do about that gap: the priority flag, and the county's
           community centre a couple of miles away, which had a generator and was letting people
           charge medical devices.
        5. **I booked a callback for myself** at 17:00 and told him my name again.

        He went quiet, then said: "Okay. That's the first straight answer I've had."

        Power came back at 16:40. I rang at 17:00 anyway, and he picked up laughing.

        What I keep thinking about is that the script line meant to calm people was the thing making
        it worse. Has anyone managed to get a line like that changed?
        """),
    comments=(
        DemoComment(
            author="sam",
            minutes_after=75,
            body=_md("""
                Hi Maya, step 2 is the one I'll borrow for coaching. "I understand your frustration"
                now sounds to most callers like a warning that no help is coming. Naming the concrete
                stake, four hours of battery, proves you listened. Was the medical flag skipped on
                his first two calls, or isn't it on the outage call flow at all?
                """),
            replies=(
                DemoComment(
                    author="maya",
                    minutes_after=62,
                    body=_md("""
                        Hi Sam, it isn't on the outage flow at all. It sits on a screen we only open
                        for billing questions. I've sent this call to my lead with a proposal to add
                        one question to the outage script: "Is anyone at the address relying on
                        powered medical equipment?"
                        """),
                    replies=(
                        DemoComment(
                            author="sam",
                            minutes_after=31,
                            body=_md("""
                                That single question is worth more than any empathy statement. If
                                your lead needs evidence, ask for the number of flagged addresses
                                restored after their battery window during this storm. Figures like
                                that tend to get a script changed within a week.
                                """),
                        ),
                    ),
                ),
            ),
        ),
        DemoComment(
            author="grace_o",
            minutes_after=190,
            body=_md("""
                We had the same problem with the "we are experiencing high call volumes" message on
                our booking line. Callers heard it as an excuse. We replaced it with the real wait
                for the next available appointment, and complaints about the message all but stopped
                within a month.
                """),
        ),
        DemoComment(
            author="aisha_b",
            minutes_after=320,
            body=_md("""
                One gentle pushback: calling back at 17:00 is lovely, but it only scales if callbacks
                are protected time on the schedule. On our claims team each agent has two ten-minute
                callback slots per shift. Before we had them, promises like yours were the first
                thing to break on a busy day.
                """),
            replies=(
                DemoComment(
                    author="maya",
                    minutes_after=44,
                    body=_md("""
                        Hi Aisha, fair point. I used part of my break for that callback, which I
                        wouldn't want to become the norm. Two protected slots a shift would cover
                        almost every promise I make in a week, so I'll suggest exactly that.
                        """),
                ),
            ),
        ),
        DemoComment(
            author="rafael_o",
            minutes_after=505,
            body=_md("""
                The ninety seconds of letting him finish is the hardest part for me. I keep a sticky
                note on my screen that says "wait for the full stop". When a caller pauses mid-rant
                it's usually a breath, not a turn, and jumping in there restarts the whole thing.
                """),
        ),
        DemoComment(
            author="lucia_a",
            minutes_after=1290,
            status=CommentStatus.PENDING,
            body=_md("""
                Me pasó algo muy parecido en la línea en español durante una caída de la red. Lo que
                más me ayudó fue dejar de decir «estamos trabajando en ello» y dar la hora estimada
                real, aunque no fuera buena noticia. También pregunto siempre si alguien en casa
                depende de un equipo médico; esa pregunta no está en nuestro guion y la añadí por mi
                cuenta. ¿Alguien ha conseguido que la incluyan de forma oficial?
                """),
        ),
    ),
)

_REPEAT_CALLER = DemoThread(
    board="frontline-stories",
    slug="fifth-call-in-eight-days-what-finally-worked-with-a-repeat-caller",
    title="Fifth call in eight days: what finally worked with a repeat caller",
    author="grace_o",
    tags=("repeat-callers", "first-contact-resolution", "ownership"),
    days_ago=21,
    body=_md("""
        A patient rang our outpatient booking line five times in eight days about a cancelled scan.
        Every agent did their part correctly: rebooked the appointment, apologised, added a note.
        And every new booking was cancelled again overnight, because the referral behind it had
        expired upstream. Nobody saw that, because each of us only ever looked at one booking.

        By the fourth call, his account notes said "difficult". On the fifth, one of my agents read
        all five notes end to end before saying anything about solutions. She spotted the expired
        referral, rang the referring clinic while he held, had it reissued, and booked him with a
        note explaining why. He has not needed to call since.

        What he said to her stuck with the whole team:

        > "I'm not ringing because I enjoy it. I'm ringing because it keeps not working."

        What we changed:

        - **Third contact, full history.** On the third contact about the same issue, the agent
          reads the whole history before proposing anything, and owns the case until it's closed.
        - **Notes describe needs, not people.** "Difficult" is banned; "needs referral checked" is
          welcome.
        - **We count contacts per issue**, not only first-contact resolution per call. A call can be
          "resolved" four times and the problem still be there.

        My open question: how do you give agents real ownership of a case without them drowning
        in follow-ups on top of a full queue?
        """),
    comments=(
        DemoComment(
            author="harper_j",
            minutes_after=88,
            status=CommentStatus.PENDING,
            body=_md("""
                We saw the same thing when we matched contacts to issues instead of to calls: 18% of
                our issues produced 45% of the volume. This article sets out how to choose the
                window for counting a repeat contact, which helped us settle on seven days:
                https://helpdeskly.example/blog/why-first-contact-resolution-matters
                """),
        ),
        DemoComment(
            author="maya",
            minutes_after=230,
            body=_md("""
                We have the same shape with meter-reading disputes. The bill gets "fixed" on the
                call, then the next estimated read recreates the problem. The agent who finally
                solves it is always the one who reads back three bills instead of one.
                """),
            replies=(
                DemoComment(
                    author="grace_o",
                    minutes_after=40,
                    body=_md("""
                        Hi Maya, that's exactly the pattern. Can you flag the account so the next
                        estimated read gets checked by a person, or does it depend on someone happening
                        to notice?
                        """),
                    replies=(
                        DemoComment(
                            author="maya",
                            minutes_after=26,
                            body=_md("""
                                Mostly it depends on someone noticing. A few of us put "ESTIMATE LOOP,
                                check last 3 reads" at the top of the account notes, which works when
                                the next agent reads notes first. It's a workaround; the real fix is a
                                rule in billing, and I've asked for one.
                                """),
                        ),
                    ),
                ),
            ),
        ),
        DemoComment(
            author="sam",
            minutes_after=375,
            body=_md("""
                On ownership: my agents can keep a case across shifts only if they set a next-touch
                time on the ticket. If that time passes without an update, the case goes back to the
                queue with its history attached. That stops ownership turning into cases quietly
                waiting in someone's name while they're on leave.
                """),
        ),
        DemoComment(
            author="priya_r",
            minutes_after=610,
            body=_md("""
                From QA: we stopped marking a repeat contact as the agent's fault unless that same
                agent handled the previous one. Before the change, agents avoided tickets from known
                repeat callers because they dragged scores down. In the first quarter afterwards,
                transfers on repeat contacts fell by roughly a third.
                """),
        ),
        DemoComment(
            author="aisha_b",
            minutes_after=1520,
            body=_md("""
                The notes point hits home. We audited free-text notes on one claims queue and found
                "difficult", "aggressive" or "AGAIN" on 11% of accounts. When we read the histories,
                most of those had an open process fault behind them. Agents now note what the
                customer needs, and our complaint handlers say the files are far easier to pick up.
                """),
        ),
    ),
)

_CS_WEEK = DemoThread(
    board="appreciation",
    slug="customer-service-week-we-asked-other-departments-to-write-the-thank-yous",
    title="Customer Service Week: we asked other departments to write the thank-yous",
    author="aisha_b",
    tags=("customer-service-week", "recognition", "cross-team"),
    days_ago=45,
    body=_md("""
        For years our Customer Service Week looked the same: a message from the leadership team and
        a raffle. Pleasant, quickly forgotten. This year we tried something different, and I want
        to share it while it's fresh.

        We asked the teams our agents hand work to, namely claims assessors, payments, complaints
        and IT, to each write short notes to named agents about a specific handoff that made their
        job easier. Three rules:

        1. Name the agent and the case (anonymised for the customer).
        2. Say what the agent did, concretely.
        3. Say what it saved you or the customer.

        We got 38 notes from four departments for a floor of 52 agents. One assessor wrote:

        > "Your notes on the water-damage claim listed the rooms, the dates and which photos the
        > customer still had. I settled it in one visit instead of three."

        What happened next surprised me:

        - Agents kept the cards. Several are still pinned to monitors months later.
        - Departments that rarely talk to the front line saw, in their own words, what good intake
          saves them.
        - Our handoff template improved, because the notes showed exactly which details matter.

        What didn't work: two teams sent "thanks for all you do" notes with no detail. Honestly,
        they landed worse than nothing, because next to the specific ones they read as an
        afterthought. Next year I'll send every department three example notes first.

        Has anyone run recognition across departments like this, and did it last beyond the week?
        """),
    comments=(
        DemoComment(
            author="maya",
            minutes_after=130,
            body=_md("""
                I'd love this at our utility. The field crews and the phone team barely speak, and
                half our friction is bad handoffs in both directions. Did you also ask agents to
                write back to the other departments, or did it run one way?
                """),
            replies=(
                DemoComment(
                    author="aisha_b",
                    minutes_after=70,
                    body=_md("""
                        Hi Maya, one way this year, on purpose: it was the agents' week. But several
                        agents wrote back unprompted, and the assessors pinned those replies up in
                        their own office. Next year I'd run the return notes the week after.
                        """),
                    replies=(
                        DemoComment(
                            author="maya",
                            minutes_after=38,
                            body=_md("""
                                That order makes sense. I'll pitch it as "crews thank the phone team
                                during the week, the phone team thanks the crews the week after",
                                with your three rules attached so nobody writes a generic card.
                                """),
                        ),
                    ),
                ),
            ),
        ),
        DemoComment(
            author="noor_h",
            minutes_after=260,
            body=_md("""
                The side effect is the part I'd underline. Each note describes a good handoff in the
                receiving team's words, which is a ready-made set of examples. We turned ours into a
                "what good looks like" article with five real, anonymised handoffs, and it's now the
                most-viewed page in our intake section.
                """),
        ),
        DemoComment(
            author="tomasz_w",
            minutes_after=480,
            body=_md("""
                How did you handle the agents who didn't get a note? With 38 notes for 52 people, I'd
                worry about at least 14 feeling left out during the one week that's supposed to be
                theirs.
                """),
            replies=(
                DemoComment(
                    author="aisha_b",
                    minutes_after=55,
                    body=_md("""
                        Hi Tomasz, that worried me too. Two days before the week, team leads checked
                        the list and asked departments about anyone missing, with a specific case to
                        jog their memory. Everyone ended up with at least one note, though a few were
                        thinner than I'd like.
                        """),
                ),
            ),
        ),
        DemoComment(
            author="sam",
            minutes_after=1180,
            body=_md("""
                We ran a smaller version: I wrote each of my fourteen agents a note about one call
                I'd listened to. It took about four hours, and it was the best coaching preparation
                I did all year, because I had to go and find the good calls instead of the flagged
                ones.
                """),
        ),
        DemoComment(
            author="deshawn_c",
            minutes_after=2650,
            body=_md("""
                I'd add new hires to the list deliberately. Agents in their first month rarely get
                specific praise because they're still slow. A note saying "your summary on that
                mortgage query saved me a callback" does more for week-six confidence than anything
                I can say in the classroom.
                """),
        ),
    ),
)

_PEER_KUDOS = DemoThread(
    board="appreciation",
    slug="peer-nominated-kudos-without-turning-it-into-a-popularity-contest",
    title="Peer-nominated kudos without turning it into a popularity contest",
    author="meilin",
    tags=("recognition", "peer-kudos", "team-culture"),
    days_ago=14,
    body=_md("""
        Our team started a kudos channel six months ago. The idea was good: anyone can thank anyone
        for help. In practice, it's become the same five or six people thanking each other for
        being "legends". Meanwhile the colleague on the late shift who quietly untangles the billing
        errors nobody else wants has received exactly one kudos, ever.

        My lead asked me to help redesign it, which is a bit daunting about a year into the job.
        Here's my draft:

        - **Every kudos names a specific ticket or moment.** "Thanks for being great" doesn't count;
          "thanks for spotting the duplicate direct debit on that account" does.
        - **Three nominations a month each**, and not two in a row to the same person.
        - **Leads read them out at the huddle**, including the specific thing, not just the name.
        - **Late and weekend shifts get their own read-out**, so kudos don't all happen while
          they're asleep.

        What I'm unsure about:

        1. Does a monthly limit make it feel forced?
        2. Should nominations be anonymous, so people don't feel they're trading favours?
        3. How do you notice the people nobody nominates without singling them out?

        I'd really value hearing what has worked, and what has quietly died, on other teams.
        """),
    comments=(
        DemoComment(
            author="sam",
            minutes_after=95,
            body=_md("""
                Hi Mei-Lin, we tried anonymous nominations for a quarter and went back. They felt
                colder without a name, and people couldn't follow up with "how did you find that
                fix?". Your first rule, naming the ticket, was the one that changed things for us.
                """),
            replies=(
                DemoComment(
                    author="meilin",
                    minutes_after=50,
                    body=_md("""
                        Hi Sam, the follow-up point settles it for me. On our team, half the value of
                        a kudos is learning how someone solved the problem, and that only works if
                        you know who to ask. I'll drop the anonymous option from the draft.
                        """),
                ),
            ),
        ),
        DemoComment(
            author="tomasz_w",
            minutes_after=220,
            body=_md("""
                I'd disagree with the monthly cap. When we capped nominations, people saved them for
                big moments and the small daily help vanished from the channel. We removed the cap
                and instead gave leads a monthly list of who had received none, so they could go and
                look for what was being missed.
                """),
        ),
        DemoComment(
            author="priya_r",
            minutes_after=415,
            body=_md("""
                QA can feed this. When I score a call that goes well beyond the form, I post a kudos
                with the timestamp of the moment. It's about one call in ten of what I score, and it
                reaches people who would never be nominated because nobody hears their calls.
                """),
            replies=(
                DemoComment(
                    author="meilin",
                    minutes_after=33,
                    body=_md("""
                        Hi Priya, I hadn't thought of QA as a source. Do agents react differently to
                        a kudos from QA than to one from a peer?
                        """),
                    replies=(
                        DemoComment(
                            author="priya_r",
                            minutes_after=47,
                            body=_md("""
                                At first they were suspicious, because a message from QA usually means
                                something went wrong. After about two months, a QA kudos with a
                                timestamp became something people forward to their lead. The
                                timestamp matters: it proves someone really listened.
                                """),
                        ),
                    ),
                ),
            ),
        ),
        DemoComment(
            author="ben_t",
            minutes_after=1340,
            body=_md("""
                Night shift view: there are four of us on most nights, and by morning our kudos posts
                are buried under a couple of hundred day-shift messages. A separate weekly digest for
                nights, even five lines long, would make sure ours actually get read by someone.
                """),
        ),
    ),
)

_LEADERBOARD = DemoThread(
    board="appreciation",
    slug="we-took-down-the-aht-leaderboard-heres-what-we-recognise-instead",
    title="We took down the AHT leaderboard. Here's what we recognise instead",
    author="tomasz_w",
    tags=("metrics", "aht", "recognition"),
    days_ago=30,
    body=_md("""
        Confession first. Last year I put a leaderboard on our team screen: average handle time per
        agent, fastest at the top, with a small voucher for the top three each month.

        Within six weeks our average chat time fell from 11:40 to 9:10. I was delighted, for about a
        month. Then the other numbers came in:

        - Reopened chats went from 8% to 14%.
        - Transfers to tier two nearly doubled.
        - One agent had started closing chats whenever the customer went quiet for sixty seconds.
        - Satisfaction on chat dropped four points.

        The people at the top of the board weren't our best agents. They were the ones who had
        worked out how to move the work somewhere else. Nobody was cheating on purpose; I had simply
        told the team, on a big screen, that speed was what I valued.

        I took it down. Here's what we recognise now, in the weekly huddle:

        1. **Resolved first time**: conversations not reopened within seven days.
        2. **Real problem found**: chats where the agent solved the issue behind the question asked.
        3. **Help given**: answers someone gave a colleague in the team channel.

        We still watch handle time, but as a team number for planning, not a personal ranking.
        Reopens are back under 9% and satisfaction has recovered.

        Has anyone found a way to show individual handle time that doesn't bend behaviour?
        """),
    comments=(
        DemoComment(
            author="jonas_l",
            minutes_after=110,
            body=_md("""
                From workforce planning: handle time matters to me because it sets staffing, but I
                need it honest, not low. A rushed nine-minute chat that comes back as a second
                eight-minute chat is seventeen minutes of work in my model. I'd much rather plan for
                one twelve-minute chat.
                """),
            replies=(
                DemoComment(
                    author="tomasz_w",
                    minutes_after=42,
                    body=_md("""
                        Hi Jonas, that's the argument I wish I'd had before building the board.
                        Would you plan on handle time per resolved issue rather than per contact?
                        """),
                    replies=(
                        DemoComment(
                            author="jonas_l",
                            minutes_after=58,
                            body=_md("""
                                Where the data allows, yes. We link reopened tickets to the original
                                and plan on total minutes per issue. It raised our forecast workload
                                by about 6%, which was uncomfortable to present, but it matched what
                                the floor was actually feeling.
                                """),
                        ),
                    ),
                ),
            ),
        ),
        DemoComment(
            author="maya",
            minutes_after=300,
            body=_md("""
                On the phones, our version was agents pointing callers to the online form to end
                calls sooner. The call got shorter, and the customer rang back two days later,
                angrier and with a longer call. Our handle time looked good while the cost moved to
                the next agent in the queue.
                """),
        ),
        DemoComment(
            author="aisha_b",
            minutes_after=545,
            body=_md("""
                I'd keep one individual number visible, but only to the agent: their own handle time
                next to their own reopen rate, always as a pair. Seeing one without the other is
                where the bending starts. Nobody else sees it, and leads only discuss it in
                one-to-ones.
                """),
            replies=(
                DemoComment(
                    author="tomasz_w",
                    minutes_after=65,
                    body=_md("""
                        Hi Aisha, the pairing is a good idea, and easy to build from our reports. Do
                        agents ask to see the team distribution, and do you show it to them?
                        """),
                    replies=(
                        DemoComment(
                            author="aisha_b",
                            minutes_after=90,
                            body=_md("""
                                Some do, and we show the team range without names. Most people are
                                relieved to find they're in the middle. The few outliers usually
                                know why already, and the conversation goes far better when they
                                raise it themselves.
                                """),
                        ),
                    ),
                ),
            ),
        ),
    ),
)

_NEW_AGENT_SURVEY = DemoThread(
    board="coaching",
    slug="coaching-a-new-agent-after-a-brutal-survey-comment",
    title="Coaching a new agent after a brutal survey comment",
    author="deshawn_c",
    tags=("coaching", "new-hires", "surveys"),
    days_ago=12,
    body=_md("""
        Three weeks after going live, one of my trainees, I'll call her J., got a survey back:
        one star, with the comment "rude, didn't care, useless". She came to me close to tears and
        convinced she wasn't cut out for the job.

        Before we talked, I listened to the call. What I heard was a polite, slightly stiff new
        agent following the process exactly, and a customer who wanted a fee refunded that our
        policy doesn't allow. Not rude. But there were two moments she could improve: she read the
        policy line twice, and she never said what she *could* do.

        How I ran the conversation:

        1. **We listened to the call together first**, before discussing the comment, so she could
           hear herself rather than the survey's version of her.
        2. **I separated the verdict from the call.** The score was about the outcome as much as
           about her.
        3. **We named what went well**: correct verification, and a steady voice when the customer
           swore at her.
        4. **We picked one thing to practise**, not five: replacing the second reading of the policy
           with an alternative she could offer.
        5. **We role-played it twice**, with me as the customer.

        She took her next call twenty minutes later, and used the new line on her fourth.

        My question for other coaches: when a survey really is unfair, do you say so to the agent?
        I worry that saying it too early turns the rest of the conversation into comfort rather
        than coaching.
        """),
    comments=(
        DemoComment(
            author="sam",
            minutes_after=85,
            body=_md("""
                Hi DeShawn, I do tell them when a survey is unfair, but only after we've listened
                together, so it's a conclusion we reach rather than comfort I hand out. If I open with
                "that customer was unreasonable", everything I coach afterwards sounds like I'm
                contradicting myself.
                """),
            replies=(
                DemoComment(
                    author="deshawn_c",
                    minutes_after=40,
                    body=_md("""
                        Hi Sam, that matches what I've seen. When I reassure first, the one thing to
                        practise lands as "but it was still your fault". Listening first lets the
                        agent find the fair and unfair parts herself.
                        """),
                    replies=(
                        DemoComment(
                            author="sam",
                            minutes_after=25,
                            body=_md("""
                                It also models what we want on calls: hear the whole thing before
                                responding. I now point out that parallel to new agents out loud, and
                                it's become one of the lines they quote back to me in their reviews.
                                """),
                        ),
                    ),
                ),
            ),
        ),
        DemoComment(
            author="priya_r",
            minutes_after=260,
            body=_md("""
                A data point that helps new agents: on our team, one-star surveys mention the policy
                or the outcome about twice as often as they mention the agent. I show new hires that
                split in their first month, so a single comment doesn't become their whole
                self-image. It doesn't excuse a weak call; it puts it in proportion.
                """),
        ),
        DemoComment(
            author="aisha_b",
            minutes_after=390,
            body=_md("""
                Worth checking whether your survey asks about the agent or the company. Ours asked
                "how satisfied were you with your experience?" and then credited the score to the
                agent. We split it into two questions; response rates dipped about two points for a
                month and recovered, and agent scores stopped swinging with every policy complaint.
                """),
        ),
        DemoComment(
            author="meilin",
            minutes_after=1210,
            body=_md("""
                I was in J.'s seat not long ago. What helped most after my first bad survey was my
                lead telling me how many she'd had like it in her first year: eleven. Hearing that it
                was a number and not a verdict on me made it possible to listen to the call at all.
                """),
        ),
        DemoComment(
            author="tomasz_w",
            minutes_after=1755,
            status=CommentStatus.PENDING,
            body=_md("""
                For the role-play step we use a short recorded scenario where the same refusal is
                delivered two ways, and trainees list the differences before trying it themselves.
                This is the one we modelled ours on, and the second half, where the agent offers
                alternatives, is the useful part: https://www.youtube.com/watch?v=kP3vQx8RtJm
                """),
        ),
    ),
)

_CALIBRATION = DemoThread(
    board="coaching",
    slug="running-calibration-sessions-people-dont-dread",
    title="Running calibration sessions people don't dread",
    author="priya_r",
    tags=("quality-assurance", "calibration", "coaching"),
    days_ago=25,
    body=_md("""
        For two years our monthly calibration was an hour of arguing about whether a greeting counted
        as "personalised". Leads dreaded it, QA dreaded it, and the same call could get scores up to
        twenty points apart depending on who scored it. Agents knew that, which is why they didn't
        trust their scores.

        What we changed, one step at a time:

        - **Score alone, reveal together.** Everyone scores the call before the session and submits.
          We reveal all the scores at once, so nobody anchors on the most senior voice in the room.
        - **Discuss only the widest gaps.** We take the three criteria with the biggest spread and
          skip the rest, however tempting.
        - **Record decisions as examples, not rules.** "On this call, this counts as ownership,
          because..." is easier to apply than another sentence in the guidelines.
        - **Invite an agent.** Each session, one agent whose call is not being scored joins and
          gives the view from the floor.
        - **Rotate who chooses the call**, so it isn't always QA picking the awkward ones.

        After six months, the spread on the same call came down from about twenty points to about
        seven, and sessions shrank from sixty minutes to forty. People now argue about the right
        things.

        The part I'm still stuck on: one criterion, "takes ownership", produces the widest spread
        every single month. When a criterion keeps causing disagreement, do you rewrite it or remove
        it?
        """),
    comments=(
        DemoComment(
            author="sam",
            minutes_after=70,
            body=_md("""
                Inviting an agent changed our sessions more than anything else. The first time, the
                agent pointed out that our "didn't offer further help" mark came after the customer
                had already said goodbye twice. We dropped that criterion for calls under three
                minutes the same week.
                """),
        ),
        DemoComment(
            author="jonas_l",
            minutes_after=200,
            body=_md("""
                If you want a number to track, the spread you describe is inter-rater agreement. The
                Wikipedia article on
                [inter-rater reliability](https://en.wikipedia.org/wiki/Inter-rater_reliability)
                explains Cohen's kappa clearly. Our QA team calculates it per criterion each quarter
                and rewrites any criterion that scores below 0.6.
                """),
        ),
        DemoComment(
            author="tomasz_w",
            minutes_after=330,
            body=_md("""
                On your question: we remove more often than we rewrite. If a criterion has caused
                disagreement three sessions running, it's usually measuring something vague, like
                "warmth". We replaced warmth with two things you can hear: using the customer's own
                words back, and explaining the next step. The arguments stopped.
                """),
            replies=(
                DemoComment(
                    author="priya_r",
                    minutes_after=45,
                    body=_md("""
                        Hi Tomasz, that's the direction I lean too, and "ownership" is clearly our
                        "warmth". Did you involve agents in choosing the replacement behaviours, or
                        did QA decide?
                        """),
                    replies=(
                        DemoComment(
                            author="tomasz_w",
                            minutes_after=36,
                            body=_md("""
                                Agents and QA together. We played three calls everyone agreed were
                                warm and listed what we heard on all three. Try that with ownership;
                                for us it boiled down to "states what will happen next, and when".
                                """),
                        ),
                    ),
                ),
            ),
        ),
        DemoComment(
            author="noor_h",
            minutes_after=760,
            body=_md("""
                Every calibration decision that says "the agent should have known X" now gets sent to
                me. About a third of them turn out to be knowledge-base problems: the article didn't
                exist, or it said something different. Calibration is the best source of fixes I
                have.
                """),
        ),
        DemoComment(
            author="deshawn_c",
            minutes_after=1630,
            body=_md("""
                We run a trainee version: new hires score one recorded call with the real form in
                week two. It's the fastest way I've found to show them what the form rewards, and
                by week five their scores are usually within ten points of the QA team's.
                """),
        ),
    ),
)

_BURNOUT = DemoThread(
    board="coaching",
    slug="after-a-hard-call-breaks-burnout-and-what-leads-can-actually-do",
    title="After a hard call: breaks, burnout and what leads can actually do",
    author="sam",
    tags=("burnout", "wellbeing", "team-leadership"),
    days_ago=6,
    body=_md("""
        This month three of my fourteen agents told me, in one-to-ones, that they're running on
        empty. None of them used those words. Looking back, the signs had been there for weeks:
        cameras off in huddles, shorter case notes, and the agent who always volunteered for
        escalations going quiet.

        What we've tried over the past six weeks:

        - **A reset after the hard ones.** Anyone can take five minutes off the queue after an
          abusive or distressing contact. No approval needed, just a status code. It gets used about
          twice per agent per week, less than I feared.
        - **Protecting actual breaks.** I've stopped asking people to "grab one more" before they go.
          If the queue is bad, that's my problem to escalate, not theirs to absorb.
        - **One-to-ones that start with workload**, not metrics. Numbers come last, if at all.
        - **Rotating the hardest queue**, so nobody works escalations more than two days in a row.

        What I'm genuinely unsure about is where a lead's job ends. I'm not a counsellor. We have
        an employee assistance line, but mentioning it can feel like closing the conversation,
        as if to say "this is someone else's department now".

        How do other leads handle that line? And for agents: what did a lead do that actually
        helped when you were worn down?
        """),
    comments=(
        DemoComment(
            author="jonas_l",
            minutes_after=60,
            body=_md("""
                Planner's view on the five-minute reset: put it in the shrinkage assumption openly.
                We added 1.5% for it, and it stopped being a favour agents felt guilty using. If it
                isn't in the plan, the queue punishes everyone who takes it.
                """),
            replies=(
                DemoComment(
                    author="sam",
                    minutes_after=28,
                    body=_md("""
                        Hi Jonas, 1.5% sounds high to me. On my team the code gets used about twice
                        per agent per week, which I make under half a percent of paid time. Is your
                        figure from actual use, or an estimate?
                        """),
                    replies=(
                        DemoComment(
                            author="jonas_l",
                            minutes_after=41,
                            body=_md("""
                                Actual use over eight weeks at two sites: about 1.1% on average. On
                                outage days some agents needed four or five resets, and a few ran past
                                five minutes. We planned 1.5% to leave room for those spikes rather
                                than argue about them every time.
                                """),
                        ),
                    ),
                ),
            ),
        ),
        DemoComment(
            author="aisha_b",
            minutes_after=175,
            body=_md("""
                On the assistance line: I mention it at the end of a conversation about something
                else, never as the reply to someone opening up. "By the way, this exists, and I've
                used it myself." The last part matters most. Leads who say they've used it make it
                feel like something normal people do.
                """),
        ),
        DemoComment(
            author="maya",
            minutes_after=290,
            body=_md("""
                From the agent side: a reset only works if nobody asks about it afterwards. At a
                previous job we had one, but the lead messaged "all ok?" every single time it was
                used. It felt like being watched, and within a month nobody used it.
                """),
            replies=(
                DemoComment(
                    author="sam",
                    minutes_after=52,
                    body=_md("""
                        Hi Maya, that's a useful warning. I've been sending a quick "take your time"
                        whenever I see the code. I'll stop, and only raise it at the next one-to-one
                        if someone uses it far more than usual over a week.
                        """),
                ),
            ),
        ),
        DemoComment(
            author="grace_o",
            minutes_after=640,
            body=_md("""
                Rotating the hardest queue helped us too, but we learned to rotate by hours, not
                days. After a clinic closure, a single day of cancellations can mean eighty
                distressed callers. Now nobody takes more than two hours in a row on that queue.
                """),
        ),
        DemoComment(
            author="ben_t",
            minutes_after=1400,
            status=CommentStatus.PENDING,
            body=_md("""
                I'm on the overnight chat desk and this sounded a lot like the last few weeks for me.
                """),
        ),
    ),
)

_MACROS = DemoThread(
    board="tools-and-techniques",
    slug="writing-macros-that-dont-sound-like-a-robot-wrote-them",
    title="Writing macros that don't sound like a robot wrote them",
    author="rafael_o",
    tags=("macros", "writing", "email-support"),
    days_ago=18,
    body=_md("""
        I look after about 140 macros for our travel support desk, in English and Spanish. Last year
        a customer replied to one of our emails with a single line: "Is this a bot?" It wasn't. But
        the macro read like one, and that stung.

        The rules I've rewritten everything by since:

        1. **Read it aloud.** If you wouldn't say it on the phone, don't send it.
        2. **Lead with the answer.** Not "Thank you for contacting us regarding your enquiry."
        3. **Leave a gap on purpose.** Every macro has at least one `[...]` the agent must fill with
           something from the customer's own message. It won't send until it's filled.
        4. **One idea per paragraph**, and short sentences.
        5. **Cut the apology stack.** One sincere apology that names the problem beats three
           generic ones.

        Before and after, for a refund update:

        > **Before:** "We apologise for any inconvenience caused. Please be advised that your request
        > has been escalated to the relevant department for further review."
        >
        > **After:** "Your refund for the cancelled Lisbon flight is with our payments team now. They
        > usually finish within five working days, and I'll email you as soon as it's done."

        Since the rewrite, we haven't had a single "is this a bot?" reply, and the reopen rate on
        our twenty most-used macros has fallen from 12% to 8%.

        My problem now is drift. Agents add their own phrases, copies multiply, and a year later the
        library is stiff again. How do you keep macros from sliding back?
        """),
    comments=(
        DemoComment(
            author="noor_h",
            minutes_after=90,
            body=_md("""
                On drift: every macro has an owner and a review date, the same as our knowledge
                articles. When the date passes, agents see a small "due for review" tag on it. It's
                not glamorous, but it's the only thing that has kept our library under a hundred.
                """),
            replies=(
                DemoComment(
                    author="rafael_o",
                    minutes_after=35,
                    body=_md("""
                        Hi Noor, do agents edit macros directly, or does every change go through
                        the owner? We let anyone edit, and that's how one refund macro ended up with
                        nine slightly different copies.
                        """),
                    replies=(
                        DemoComment(
                            author="noor_h",
                            minutes_after=50,
                            body=_md("""
                                Agents suggest, owners edit. Suggestions come through a two-field form:
                                "what the customer said" and "what I changed". The second field shows
                                which phrases agents keep fixing by hand, which is usually the first
                                sign a macro needs rewriting.
                                """),
                        ),
                    ),
                ),
            ),
        ),
        DemoComment(
            author="meilin",
            minutes_after=240,
            body=_md("""
                The forced gap is clever. The billing macro I use most starts with the customer's
                name and then goes straight into policy. I've started adding one sentence about
                their actual bill before the policy part, and the replies I get back are noticeably
                calmer.
                """),
        ),
        DemoComment(
            author="priya_r",
            minutes_after=505,
            body=_md("""
                QA angle: we stopped scoring "used the approved macro" as a pass. Now we score
                whether the reply answered the question that was asked. Agents using a macro well
                still pass; agents pasting the nearest macro without reading don't. Macro misuse in
                our samples dropped from about one email in six to one in twelve.
                """),
        ),
        DemoComment(
            author="tomasz_w",
            minutes_after=880,
            body=_md("""
                Chat is harsher than email here, because the customer sees a whole paragraph appear in
                a second. We capped chat macros at sixty words and split longer ones into two short
                messages. Within a month the bot question disappeared from our chat transcripts.
                """),
            replies=(
                DemoComment(
                    author="rafael_o",
                    minutes_after=70,
                    body=_md("""
                        Hi Tomasz, we saw the same on chat. Our Spanish macros were on average 30%
                        longer than the English ones, and those were the ones customers called
                        robotic. Cutting them to a similar length helped more than any rewording.
                        """),
                ),
            ),
        ),
    ),
)

_WORKFORCE = DemoThread(
    board="tools-and-techniques",
    slug="after-call-work-shrinkage-and-schedules-that-tell-the-truth",
    title="After-call work, shrinkage and schedules that tell the truth",
    author="jonas_l",
    tags=("workforce-management", "after-call-work", "shrinkage"),
    days_ago=38,
    body=_md("""
        Every planner has heard it: "The schedule says we're fully staffed, so why is the queue on
        fire?" Usually the schedule is wrong, though not on purpose. In my experience there are two
        culprits: after-call work we don't measure honestly, and shrinkage we assume too low.

        **After-call work.** At one site we planned 45 seconds of wrap per call. Measured properly,
        from the end of the call to the agent being available again, it was 95 seconds. The gap was
        agents finishing notes, sending follow-up emails, and scrolling a list of 38 wrap codes.
        We:

        - cut the wrap codes from 38 to 11,
        - moved follow-up emails into a templated step during the call,
        - stopped ranking wrap time per agent and looked at it by call type instead.

        Wrap settled at around 60 seconds, and we planned for 60.

        **Shrinkage.** Our assumption was 25%. Measured over a full quarter it was 34%: training,
        coaching, team meetings, system outages, sickness, and the short resets after hard calls.
        Planning at 25% meant every day started understaffed, and coaching was the first thing
        cancelled to cover the gap.

        Putting the real numbers in the plan cost us a difficult budget conversation. It also
        ended the daily fire drill, and leads stopped losing their one-to-ones.

        For other planners and leads: how did you get leadership to accept a higher shrinkage
        figure, when the lower one looks so much cheaper on paper?
        """),
    comments=(
        DemoComment(
            author="sam",
            minutes_after=120,
            body=_md("""
                As a lead, the honest shrinkage figure helped me more than anyone. Before, every
                coaching session I booked showed up as unplanned time and made my team look
                understaffed. Once coaching sat in the plan at 4%, I stopped cancelling one-to-ones
                on busy days.
                """),
            replies=(
                DemoComment(
                    author="jonas_l",
                    minutes_after=46,
                    body=_md("""
                        Hi Sam, cancelled coaching is the hidden cost nobody models. At one site we
                        counted: 40% of booked one-to-ones were cancelled over a quarter, nearly all
                        for queue reasons.
                        """),
                    replies=(
                        DemoComment(
                            author="sam",
                            minutes_after=30,
                            body=_md("""
                                That figure would have saved me a few arguments. On my team it's under
                                10% now that sessions are planned, and the ones that still get
                                cancelled are rebooked within the same week.
                                """),
                        ),
                    ),
                ),
            ),
        ),
        DemoComment(
            author="maya",
            minutes_after=280,
            body=_md("""
                On wrap time from the phone side: a fair chunk of mine is waiting for the billing
                system to save the note, ten to fifteen seconds on a bad day. If you measure wrap by
                call type, check the systems too; some of that time isn't the agents at all.
                """),
            replies=(
                DemoComment(
                    author="jonas_l",
                    minutes_after=64,
                    body=_md("""
                        Hi Maya, we found the same: about 15 of our extra 50 seconds were system lag.
                        IT fixed half of it once we showed them the cost in agent-hours per week.
                        """),
                ),
            ),
        ),
        DemoComment(
            author="aisha_b",
            minutes_after=455,
            body=_md("""
                I'd question one thing: planning the short resets as a fixed share of shrinkage. On
                claims they spike after storms, exactly when volume peaks. We plan them as a
                percentage of forecast contacts instead, so the allowance grows on the hard days
                rather than running out by lunchtime.
                """),
        ),
        DemoComment(
            author="meilin",
            minutes_after=920,
            body=_md("""
                For anyone newer to planning, like me: the Wikipedia article on the
                [Erlang unit](https://en.wikipedia.org/wiki/Erlang_(unit)) walks through the Erlang C
                formula. Working one example by hand showed me why fifteen extra seconds of wrap per
                call can mean another agent on shift for a team our size.
                """),
        ),
        DemoComment(
            author="rafael_o",
            minutes_after=1500,
            body=_md("""
                On wrap codes: our most-used code used to be "Other", at about 30% of calls. When we
                shortened the list, we made "Other" require a one-line reason. Within a month, two of
                those reasons were common enough to become codes of their own.
                """),
        ),
    ),
)

_KNOWLEDGE_BASE = DemoThread(
    board="tools-and-techniques",
    slug="knowledge-base-hygiene-archiving-is-the-job",
    title="Knowledge-base hygiene: archiving is the job",
    author="noor_h",
    tags=("knowledge-base", "content", "self-service"),
    days_ago=3,
    body=_md("""
        When I took over our knowledge base it held about 1,900 articles for a product with perhaps
        300 real questions. Agents searched, found three conflicting answers, and asked whoever was
        sitting next to them. Which is a perfectly sensible thing to do, and a sign the knowledge
        base had stopped doing its job.

        What we did over nine months:

        - **An owner and a review date on every article.** No owner, no article.
        - **Archive by default.** Anything not viewed in 120 days and not linked from a macro was
          archived, not deleted. About 1,100 articles went in the first pass; we restored 23.
        - **One question, one article.** We merged duplicates and kept the clearest title.
        - **A "this is wrong" button** that goes straight to the owner with the ticket number.
        - **Write from tickets.** New articles start from a real customer question, in the
          customer's words, not ours.

        Where we are now: around 520 articles. "Couldn't find it" feedback from agents fell from
        roughly 60 a month to about 15. New hires answer most questions themselves by week three,
        where it used to take them until week six.

        The hardest part wasn't the archiving. It was persuading people that deleting and merging
        is real work, as valuable as writing.

        What I'm struggling with now: keeping subject-matter experts engaged as article owners once
        the clean-up energy fades. How do you keep owners reviewing when nothing is on fire?
        """),
    comments=(
        DemoComment(
            author="deshawn_c",
            minutes_after=80,
            body=_md("""
                The week-three versus week-six figure is the one I'd take to any training budget
                meeting. Our trainees spend a surprising share of their first weeks on the floor
                asking for help that an article should give. Did you measure it by counting help
                requests or through surveys?
                """),
            replies=(
                DemoComment(
                    author="noor_h",
                    minutes_after=55,
                    body=_md("""
                        Hi DeShawn, help requests. New hires post questions to the floor support
                        lead in a shared channel, so we counted how many an existing article could
                        have answered. In week three that went from about 70% to about 25%.
                        """),
                    replies=(
                        DemoComment(
                            author="deshawn_c",
                            minutes_after=33,
                            body=_md("""
                                That's a clean measure. I'll ask our floor support lead to tag channel
                                questions the same way for the next cohort: "article exists",
                                "article wrong" or "no article".
                                """),
                        ),
                    ),
                ),
            ),
        ),
        DemoComment(
            author="maya",
            minutes_after=210,
            body=_md("""
                The "this is wrong" button is the one I'd fight for. At my centre, reporting a wrong
                article means emailing a shared inbox, and I once waited five weeks for a reply.
                Meanwhile everyone works around it from memory, which is exactly how a wrong answer
                spreads across a floor.
                """),
        ),
        DemoComment(
            author="priya_r",
            minutes_after=470,
            body=_md("""
                We connected QA to the knowledge base: when an evaluator marks an answer as wrong,
                the form asks whether the agent followed an article. In our sample, about one in five
                "agent errors" turned out to be the article's fault. Those now go to the owner
                instead of the agent's score.
                """),
        ),
        DemoComment(
            author="rafael_o",
            minutes_after=835,
            body=_md("""
                For bilingual teams: archive the translations at the same time as the source. We
                archived 200 English articles and forgot the Spanish versions, so Spanish-speaking
                agents kept finding answers that no longer existed in English. It took us two months
                to notice.
                """),
        ),
        DemoComment(
            author="sam",
            minutes_after=1390,
            body=_md("""
                On keeping experts engaged: we send each owner a monthly list of the three searches
                in their area that found nothing useful. Experts respond to "your customers are asking
                this and getting no answer" far better than to "please review your articles".
                """),
        ),
    ),
)


THREADS: tuple[DemoThread, ...] = (
    _WELCOME,
    _OUTAGE_CALL,
    _REPEAT_CALLER,
    _CS_WEEK,
    _PEER_KUDOS,
    _LEADERBOARD,
    _NEW_AGENT_SURVEY,
    _CALIBRATION,
    _BURNOUT,
    _MACROS,
    _WORKFORCE,
    _KNOWLEDGE_BASE,
)
