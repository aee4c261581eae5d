"""Common English words, for the share-of-English heuristic of the ``non_english`` rule.

Base forms only: :func:`forum.policy.rules.language.is_english` also strips the usual inflections (-s, -ed,
-ing, -ly, -er, -ness ...) and prefixes (un-, re-, over- ...). The list favours everyday words and the
vocabulary of customer service, where jargon ("escalation", "backlog", "csat") is everyday.
"""

from __future__ import annotations

from forum.policy.lexicon import words

COMMON = words("""
a able about above absolute accept access accident according account accurate achieve acknowledge across act
action active actual add address adjust admin admit adult advance advantage advice advise affect afford afraid
after afternoon again against age agency agenda agent ago agree ahead aim air alert all allow almost alone
along already also although always am amazing among amount an analysis and anger angry animal announce annoy
another answer any anybody anymore anyone anything anyway anywhere apart apology app appear apple apply
appoint appreciate approach appropriate approve area argue argument arm around arrange arrive art article as
ask aspect assist assume at attach attack attempt attend attention attitude audience author auto automatic
available average avoid awake award aware away awesome awful awkward baby back background bad badly bag
balance ball bank bar base basic basis be bear beat beautiful because become bed before begin behalf behave
behind being belief believe belong below benefit best better between beyond big bill billing bit black blame
block blog blue board body book boost boot boring born boss both bother bottom box brain brand break breakfast
bridge brief bright brilliant bring broad broken brother budget bug build burn business busy but buy by cake
call calm camera campaign can cancel candidate cannot capacity car card care career careful carry case cash
casual catch category cause caution celebrate center central centre certain chain chair challenge chance
change channel chapter character charge chart chase chat cheap check cheer chief child choice choose church
circle citizen city claim class clean clear client climb clock close closed cloud club coach code coffee cold
colleague collect college colour color come comfort comfortable comment commit committee common communicate
community company compare complain complaint complete complex comply concern condition confirm conflict
confuse connect consider consistent constant consult consumer contact contain content context continue
contract control conversation convince cook cool copy core corner correct cost could council count country
couple courage course court cover crazy create credit crew crisis critical cross crowd crucial cry culture cup
curious current custom customer cut cycle daily damage dare dark data date daughter day dead deal dear death
debt decade decide decision deep default defend define degree delay deliver delivery demand depend describe
design desk detail determine develop device die difference different difficult dinner direct direction
disagree disappoint discount discover discuss disease dismiss display distance divide do doctor document dog
dollar door double doubt down draft drama draw dream dress drink drive drop due during duty each eager early
earn ease easily east easy eat economy edge education effect effective effort eight either elder else email
emotion employee employer empty enable end energy engage engine enjoy enough ensure enter entire environment
equal error escalate escape especially essential establish estimate even evening event eventually ever every
everybody everyone everything evidence exact exactly example excellent except exchange excite excuse executive
exercise exist expect expensive experience expert explain express extend extra extreme eye face fact factor
fail fair fall false familiar family famous fan far fast father fault favour favor fear feature fee feed feel
few field fight figure file fill final finally finance find fine finish fire firm first fish fit five fix flag
flat flight floor flow fly focus folk follow food foot for force forget forgive form formal former forward
found four frame free fresh friend friendly from front frustrate full fun fund funny future gain game gap
garden gas gather general generation generous gentle get gift girl give glad glass go goal god gold good
govern government grade grand grateful great green greet ground group grow guarantee guess guest guide guy
habit hair half hall hand handle hang happen happy hard hardly harm hate have he head health hear heart heat
heavy hell hello help her here herself hey hi hide high highlight him himself hire his history hit hold
holiday home honest hope horrible hospital host hot hotel hour house how however huge human humble hundred
hurt husband i idea ideal identify if ignore ill image imagine immediate impact important impossible improve
in include income increase indeed independent individual industry influence inform information initial input
inside insight insist instance instead interest interesting internal internet interrupt interview into
introduce invest invite involve issue it item its itself job join joke journey judge jump just justice keen
keep key kick kid kill kind king kitchen knock know knowledge lack lady land language large last late later
laugh launch law lay lead leader learn least leave left leg legal less lesson let letter level lie life lift
light like likely limit line link list listen little live local lock log long look loose lose loss lot loud
love low loyal luck lunch machine mad mail main maintain major make male manage manager manner many map mark
market marry mass master match material matter may maybe me meal mean measure media meet meeting member memory
mention mess message method middle might mile mind mine minor minute miss mistake mix mobile model modern
moment money month mood more morning most mother motion move much music must my myself name narrow nation
natural nature near nearly necessary neck need negative neither nervous net network never new news next nice
night nine no nobody noise none nor normal north not note nothing notice now number nurse object obvious
occasion occur odd of off offer office officer often oh ok okay old on once one online only open operate
opinion opportunity option or order ordinary organise organize other otherwise ought our ourselves out outcome
outside over own owner pace pack package page pain paint pair panel paper parent part partner party pass past
path patient pattern pause pay peace peak people per perfect perform perhaps period permanent permission
person personal phase phone pick picture piece place plan plant play please pleasure plenty plus pocket point
police policy polite political poor popular portal position positive possible post potential pound power
practical practice praise prefer prepare present press pretty prevent previous price pride primary principle
print prior priority private probably problem process produce product profession profile profit program
programme progress project promise promote proof proper property protect proud prove provide public pull
purchase purpose push put quality quarter question queue quick quiet quite quote race rain raise range rare
rate rather reach react read ready real reality realise realize really reason reasonable recall receive recent
recognise recognize recommend record recover reduce refer reflect refund refuse regard region regular reject
relate relationship release relevant relief rely remain remember remind remote remove rent repair repeat
replace reply report represent request require research resolve resource respect respond response responsible
rest result retail return reveal review reward rich ride right ring rise risk road role roll room root rough
round route routine row rude rule run rush sad safe sale same satisfy save say scale scene schedule school
score screen script search season seat second secret section secure see seek seem sell send senior sense
sensible separate series serious serve service session set settle seven several shape share sharp she shift
shop short should shout show shut sick side sign signal silence silly similar simple since sing single sister
sit site situation six size skill sleep slightly slow small smart smile so social software solid solution
solve some somebody somehow someone something sometimes somewhere son soon sorry sort sound source south space
speak special specific speech speed spend spirit split spot spread spring staff stage stand standard star
start state station status stay steady step stick still stock stop store story straight strange stranger
strategy street strength stress strict strike strong structure struggle student study stuff stupid style
subject submit succeed success such sudden suffer suggest suit summary summer sun supply support suppose sure
surface surprise survey survive suspect switch system table tag take talk target task taste tax tea teach team
tear tell ten tend term terrible test text than thank that the their them theme themselves then theory there
therefore these they thing think third this those though thought thousand threat three through throw thus
ticket tie tight till time tiny tip tired title to today together tomorrow tone tonight too tool top topic
total touch tough toward towards town track trade tradition traffic train training transfer travel treat tree
trend trial trick trip trouble true trust truth try turn twice two type typical ugly under understand unit
unless until up update upon upset urgent us use usual usually value various version very via video view visit
voice volume vote wait wake walk wall want war warm warn wash waste watch water way we weak wear weather web
website week weekend weigh weird welcome well west what whatever wheel when whenever where whether which while
white who whole whom whose why wide wife will willing win window wise wish with within without woman wonder
wonderful word work worker world worry worse worst worth would write wrong yard yeah year yes yesterday yet
you young your yours yourself youth zero about above across afterwards ahead alongside amid among anyhow
anyway aside away beneath beside besides cannot can't couldn't didn't doesn't don't hadn't hasn't haven't
isn't shan't shouldn't wasn't weren't won't wouldn't aren't i'm i've i'd i'll you're you've you'd you'll he's
she's it's we're we've we'd we'll they're they've they'd that's there's what's who's let's here's ain't y'all
gonna wanna gotta kinda sorta ten eleven twelve thirteen fifteen twenty thirty forty fifty sixty hundred
thousand million billion dozen half quarter once twice third fourth fifth monday tuesday wednesday thursday
friday saturday sunday january february march april may june july august september october november december
hour minute second morning evening afternoon midnight noon abandon ability absent absorb abuse accent
accommodate accountable accuracy acquire adapt addition adequate admire adopt advocate agent aggressive agile
alarm alike alliance alternative ambition analyst anxious anticipate apologise apologize apparent appetite
applause appreciation arrival assess assessment asset assign assistant associate assurance assure atmosphere
attract authority automation autonomy awareness backlog badge bandwidth bargain barrier batch behaviour
behavior benchmark bias blunt bonus bored bounce breach breakdown briefly broadcast browse buddy bulk burden
burnout button callback calendar candid caring cart catalogue catalog cause certify chaos chatbot checklist
cheerful churn clarify clarity clerk click clinic coach collaborate colleague combine commission commitment
compassion compensate competitor complicate component compliment compromise concept concise conclude
confidence confident confusion congratulate consequence consistency context contribute convenient convert
courteous courtesy coverage coworker credibility criteria criticism crucial cue curiosity cushion customise
customize dashboard deadline debate decline dedicate defect deflect delight demo department deploy deserve
desperate destroy diagnose dial dialogue dialog dignity diligent disaster discipline discomfort disconnect
discourage disrupt distract diverse diversity downtime dozen drain duplicate dynamic efficient effortless
elegant elevate eliminate embarrass embrace emergency empathy empathetic empower encounter encourage endless
endure enforce engagement enthusiasm entitle equip escalation ethic evaluate evolve exceed exception exhaust
expand expectation expensive expertise explore exposure extension facilitate fairness faith feedback firmly
flexible fluent forgiveness forum frankly frequent frontline frustration fulfil fulfill gesture glitch
goodwill grab gratitude grief grumpy guidance guideline handover hassle headset helpdesk hesitate hierarchy
hint holistic honesty hospitality hostile humour humor hurry impatient implement impression incentive incident
inconvenience inquiry enquiry insult integrity interaction interrupt inventory invoice irritate isolate
journal kindness knowledgeable label lifetime listener literally live lobby logic loyalty macro manual mentor
merchant metric milestone mindset minimum mission moderate morale motivate mutual nasty neglect negotiate
nightmare nuance obstacle onboard onboarding ongoing operator optimistic outage outcome outsource overall
overlook overtime overwhelm ownership pandemic patience peer penalty persist persona personality perspective
persuade petty pitch pleasant pleased polish portal posture predict premium pressure proactive procedure
productive professional prompt prospect protocol psychology punctual qualify queue reassure rebuild receipt
receptionist recruit refresh regret reinforce relieve remark remedy repetitive replacement reputation rescue
resent resilience resilient resolution respectful restore retain retention retire revenue rewarding ritual
roadmap roster rude sarcasm satisfaction scenario scripted seamless segment sentiment shortcut silence sincere
skeptical smooth snapshot specialist stakeholder stressful subscription supervisor sympathy tactic teammate
technician temper template tension terminal thankful thoughtful threshold thrill tier timely tolerance tone
transparency transparent triage trigger troubleshoot trustworthy turnover tutorial uncomfortable undermine
unfair unique upgrade upsell urgency usability user validate vendor venue verify veteran viewpoint vital
volunteer voicemail vulnerable warmth warranty weekday welfare wellbeing whenever wholesale workaround
workflow workload workplace worthwhile zone ago anger anyway apart awful basically became began begun bought
brought built came caught chose chosen did done drew driven drove eaten fell felt fought forgot forgotten gave
given gone got gotten grew grown had heard held hid hung kept knew known laid led left lent lost made meant
met paid ran rang rose said sang sat saw seen sent set shook shot shown shut slept sold spent spoke spoken
stood stuck taught thought threw told took torn understood was went were woke won wore worn written wrote
""")

# English function words and their short forms, which the suffix rules cannot reach from a base form ("is",
# "has", "been"): without them, an English sentence's own grammar would count as another language's.
FUNCTION_WORDS = words("""
is are has been does doing done shall onto ours hers theirs etc gets getting goes going makes says comes having
others things lots whilst amongst upon unto aren't isn't hasn't doesn't
""")
