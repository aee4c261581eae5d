"""The vocabulary of the work itself: the words practitioners use when they talk about customer service.

``DOMAIN_WORDS`` are the nouns and verbs of the job — queues, tickets, escalations, macros, QA rubrics,
forecasts, shifts, refunds, outages, coaching, burnout — in lower case. The value judgement counts how many
*distinct* ones a comment uses outside its praise: a practitioner describing what happened uses several; a
long run of compliments, a chain letter or an announcement unrelated to the topic uses none. Naming the
topic alone ("customer service", "empathy") is not in this list on purpose: it does not make a comment
specific (docs/policy.md §3).
"""

from __future__ import annotations

from forum.policy.lexicon import words

DOMAIN_WORDS = words("""
agent agents caller callers customer customers client clients member members patient patients guest guests
passenger passengers user users subscriber subscribers shopper shoppers
queue queues ticket tickets backlog backlogs escalation escalations escalate escalated escalating transfer
transfers transferred transferring handoff handoffs handover handovers callback callbacks hold holds
call calls phone phones phoned chat chats email emails inbox contacts interaction interactions helpline hotline
messaging sms whatsapp voicemail ivr menu
channel channels omnichannel
macro macros script scripts scripted template templates reply replies response responses wording
qa rubric rubrics calibration calibrate score scores scoring scorecard scorecards
csat nps ces fcr aht sla slas kpi kpis metric metrics dashboard dashboards target targets survey surveys
abandonment abandon abandoned occupancy adherence shrinkage utilisation utilization resolution resolved
asa csr csrs rep reps representative representatives productivity seat seats
upsell upsells upselling cross-sell conversion conversions upgrade upgrades complainant complainants ombudsman
ombudsmen
resolve resolving repeat reopened reopen deflection self-service self-serve self-help portal faq kb
forecast forecasts forecasting forecasted workforce planning planned scheduler schedulers wfm rota rotas roster
schedule schedules scheduling scheduled
shift shifts overtime headcount staffing staffed planner planners interval intervals erlang volume volumes
peak peaks breaks overnight night-shift
supervisor supervisors lead leads manager managers director directors trainer trainers coach coaches
coaching coached mentor mentoring buddy shadowing shadow onboarding induction training trained hire hires
hiring recruit recruits new-hire attrition turnover retention burnout burned exhausted stress stressed
wellbeing well-being sick absence morale engagement huddle huddles one-to-one one-to-ones 1:1 1:1s
team teams colleague colleagues helpdesk help-desk call-centre call-center contact-centre bpo
outsourced outsourcing vendor vendors crm tool tools routing router chatbot chatbots bot
bots automation transcript transcripts recording recordings recorded
refund refunds refunded complaint complaints complain complained apology apologies apologise apologize
apologised apologized compensation goodwill credit credits billing bill bills invoice invoices charge
charged chargeback payment payments account accounts order orders delivery deliveries return returns
cancellation cancellations cancel cancelled subscription renewal claim claims policy policies outage
outages incident incidents status bug bugs password reset
leader leaders tone apologising de-escalation de-escalate angry abusive upset vulnerable bereavement
crew crews headset headsets spreadsheet spreadsheets understaffed short-staffed employee employees staff
intraday reforecast reforecasts reforecasting concurrency shrinkage gamification leaderboard leaderboards quartile
quartiles handle-time wrap-up after-call acw
technician technicians engineer engineers appointment appointments no-show no-shows call-out callout visit visits
wallboard wallboards dialler dialer diallers dialers telephony acd softphone report reports reporting
reception receptionist receptionists front-desk concierge housekeeping check-in check-ins checkin checkout
check-out late-checkout hotel hotels hostel auditor auditors cashier cashiers till tills voucher vouchers
reservation reservations booking bookings walk-in walk-ins review reviews
operator operators switchboard telephonist broadband shout-out shout-outs recognition frontline front-line
wait waits waiting wait-time
zendesk freshdesk genesys five9 talkdesk intercom servicenow cxone avaya kustomer gorgias helpscout
""")

# The discussion itself: a reply that talks about moderators, comments, links or the criteria being argued
# over is part of the conversation, not off-topic, even without a word of the work.
FORUM_WORDS = words("""
moderator moderators moderation comment comments link links thread threads question questions answer answers
criterion criteria session sessions measure measured measuring lag draft drafts summarise summarize
""")

# Words of the work that everyday life uses as much ("the football team", "call me", "your account"): for
# telling an off-topic text from a comment about the work, one counts half unless "our" or "my" owns it
# ("our team", "my calls").
EVERYDAY_DOMAIN_WORDS = words("""
channel channels team teams call calls phone phones phoned email emails member members guest guests order orders
account accounts
hold holds menu status bill bills charge charged credit credits payment payments password reset return returns
delivery deliveries claim claims lead leads coach coaches coached buddy sick stress stressed exhausted burned
planned planning schedule schedules scheduled tool tools recording recordings recorded bug bugs peak peaks breaks
policy policies training trained user users patient patients passenger passengers shopper shoppers subscriber
subscribers hire hires hiring crew crews employee employees staff leader leaders
engineer engineers appointment appointments visit visits report reports reporting
hotel hotels checkout till tills voucher vouchers booking bookings reservation reservations review reviews
wait waits waiting
""")
