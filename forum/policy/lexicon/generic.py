"""What a comment says when it says nothing specific (docs/policy.md §3).

``GENERIC_WORDS`` are single words that could sit under any article (praise adjectives, words about the post
itself, reactions, holidays), in English and the languages the community most often writes in (multi-word
expressions are in :mod:`forum.policy.lexicon.phrases`). ``TOPIC_WORDS`` name the forum's topic: naming the
topic is not a contribution ("great post about empathy"). ``STOPWORDS`` are function words that carry no
content in any of the languages listed. A word may appear in several sets; the rules only ask "is it in this set".
"""

from __future__ import annotations

from forum.policy.lexicon import words as _words

PLACEHOLDER_WORDS = _words("""
    asdf asdfg asdfgh asdfghjkl qwerty qwertz azerty qwe zxcv zxcvbn hjkl jkl lorem ipsum xxx xxxx yyy zzz
    aaa bbb tbd todo fixme foo bar baz qux test testing tester
""")

FILLER_WORDS = _words("""
    very really so such truly absolutely totally just quite extremely super simply definitely certainly
    indeed completely utterly incredibly highly much many lot lots ever always also too again still even
    well oh ah wow whoa yay yes yeah yep yup ok okay alright hmm haha hahaha hehe lol lmao rofl omg
    actually basically literally seriously honestly genuinely surely sure wholeheartedly fully entirely strongly
    deeply sincerely heartily
""")

GENERIC_WORDS = _words("""
    great good nice excellent awesome amazing wonderful fantastic brilliant lovely beautiful superb
    outstanding terrific fabulous marvelous marvellous magnificent splendid stellar phenomenal incredible
    impressive informative insightful inspiring inspirational inspired helpful useful valuable interesting
    thoughtful powerful solid cool perfect timely refreshing enjoyable fun fab gorgeous neat sweet epic
    top-notch first-class world-class best better greatest finest favorite favourite fave wise
    heartwarming heart-warming uplifting touching moving motivating motivational encouraging enlightening
    eye-opening thought-provoking well-written meaningful relevant important essential spot-on true truth
    honest beautifully nicely greatly wonderfully brilliantly perfectly superbly clear clearly concise
    poignant profound deep humbling humbled grateful thankful blessed happy glad pleased delighted honored
    honoured proud excited classic timeless must-read worthwhile remarkable exceptional
    post posts article articles blog blogs blogpost blogposts piece pieces read reads reading write-up
    writeup writing written content topic topics subject info information insight insights thoughts idea
    ideas tips tip advice points point message words lesson lessons reminder reminders stuff share sharing
    story stories perspective perspectives reflection reflections analogy comparison summary list work
    effort author writer blogger site website page series poem prayer valentine letter inspiration
    motivation motivator knowledge wisdom value thing things one ones way
    love loved loving lovin like liked likes enjoy enjoyed enjoying appreciate appreciated appreciating
    agree agreed agreeing thank thanks thanked thanking thx ty tks tnx shared learn learned learnt learning
    reread recommend recommended bookmark bookmarked bookmarking favourites favorites saved printed forwarded
    subscribed smile shout-out shout-outs shoutout shoutouts legend legends legendary rockstar rockstars superstar
    superstars
    smiled laugh laughed resonate resonates resonated relate relatable congratulate congrats
    congratulations kudos bravo cheers amen preach wish wishes hope keep continue coming writing
    friend friends buddy pal everyone everybody folks guys dear sir madam mate
    regards weekend day days holiday holidays valentine valentines valentine's christmas xmas thanksgiving
    easter new year birthday season greetings merry hello hi hey hiya howdy
    gracias merci danke grazie obrigado obrigada bedankt tack takk kiitos dziękuję děkuji köszönöm
    mulțumesc teşekkürler teşekkür ederim спасибо дякую شكرا תודה धन्यवाद ευχαριστώ
    genial excelente excellente magnifique génial super toll prima klasse ottimo perfetto perfecto
    bueno buena buen bien bon bonne gut sehr très muy molto muito bom boa ótimo bello bella hermoso
    lindo artículo articulo artikel articolo artigo publicación beitrag beaucoup vielen dank mil muchas
    hola bonjour salut hallo ciao olá saludos cordialmente felicidades felicitaciones félicitations
    glückwunsch enhorabuena gran grande increíble maravilloso fantástico interesante útil
    отлично класс супер хорошая отличная статья большое спасибо очень
""")

# Text in scripts written without spaces: removed by substring, not by word.
UNSPACED_PRAISE = (
    "谢谢", "感谢", "多谢", "好文章", "好文", "写得好", "很好", "不错", "太棒了", "赞",
    "ありがとうございます", "ありがとう", "素晴らしい", "いいね", "最高",
)

TOPIC_WORDS = _words("""
    customer customers client clients service services customer-service custserv cx support care
    experience experiences empathy empathic empathetic listening listen communication satisfaction loyalty
    frontline front-line front line staff employees employee team teams agent agents people person
    business businesses company companies organization organisation organizations organisations leaders
    leader leadership manager managers management culture relationship relationships trust patience
    kindness respect attitude quality excellence industry profession career job jobs center centre call
    calls contact helpdesk desk skills skill journey consumer consumers user users representative
    representatives rep reps specialist specialists life world important matter matters
""")

STOPWORDS = _words("""
    a an the and or but if of to in on at for with by from about as into onto over under than then so not
    no nor is are was were be been being am have has had having do does did doing i me my mine myself we
    us our ours ourselves you your yours yourself he him his she her hers it its itself they them their
    theirs this that these those who whom whose which what when where why how all any both each few more
    most other others some such only own same can could will would shall should may might must just there
    here up down out off again once don't doesn't didn't isn't aren't wasn't weren't haven't hasn't hadn't
    won't wouldn't can't cannot couldn't shouldn't i'm i've i'd i'll you're you've you'd you'll we're we've
    we'd we'll they're they've they'd it's that's there's what's let's he's she's get gets got getting make
    makes made go goes going went come comes came say says said see saw seen know knew known think thought
    take took give gave put also too very even ever every much many lot lots something anything nothing
    everything someone anyone thing things yet via per etc because since while though although whether
    el la los las de del que y en un una es por para con se lo su al como más pero sus le ya este sí
    porque esta entre cuando sin sobre también hasta hay donde desde todo nos todos uno les ni otros ese
    eso esto mí yo otro otra él tanto esa estos mucho nada muchos cual poco ella estar estas algo mi mis
    tú te ti tu tus fue era son muy
    le les des du une et est que qui dans pour pas sur au aux avec ce ces il elle nous vous ils elles son
    sa ses leur mais ou donc car ne plus par je tu mon ma mes ton ta tes aussi être avoir c'est j'ai
    der die das und ist nicht ein eine einen dem den des zu mit auf für von im es sie er wir ihr ich du
    sich auch als an noch nach bei aus wie aber oder wenn dass hat haben war sind wird werden kann
    il lo gli della delle di che è per non una sono con mi ti si ho ha o em um uma os não com para
""")

FIRST_PERSON = _words("i me my mine myself we us our ours ourselves i'm i've i'd i'll we're we've we'd we'll")

# The vocabulary of generated corporate filler ("in today's fast-paced landscape, leveraging technology and
# fostering a customer-centric culture unlocks unparalleled growth"): each word can turn up in honest writing,
# but four different ones in a comment that tells nothing of its author and gives no figure, or six in one with
# no figure, is text that could sit under any article (forum.policy.substance, the "filler" noise).
CORPORATE_FILLER = _words("""
leverage leverages leveraging leveraged foster fosters fostering pivotal unlock unlocks unlocking unparalleled
seamless seamlessly synergy synergies holistic paradigm landscape elevate elevates elevating empower empowers
empowering empowerment cutting-edge game-changer game-changing customer-centric client-centric robust
streamline streamlining transformative ecosystem actionable scalable ever-evolving ever-changing fast-paced
paramount cornerstone realm harness harnessing delve tapestry navigate navigating innovative next-level
best-in-class world-class end-to-end value-added mission-critical stakeholders omnipresent dynamic thrive
underscore underscores cultivate cultivating timeless evolving invaluable thought-provoking sustainable
excellence customer-centricity imperative wholeheartedly
""")

# Leisure and home life: two of these in a comment with at most one word of the work make it about something
# else ("anyone watching the derby tonight? whole office going to the pub after shift") (forum.policy.substance).
LEISURE = _words("""
match matches derby football soccer cricket rugby baseball basketball nfl nba premier arsenal chelsea liverpool
tottenham barcelona madrid kickoff kick-off goal goals striker playoffs tournament fixture fixtures
recipe recipes cook cooking bake baking jollof biryani dinner lunchbox
vet vets cat cats kitten kittens dog dogs puppy puppies pet pets
pub pubs beer beers drinks wedding weddings birthday honeymoon vacation
netflix movie movies film films series season episode gaming playstation xbox ps5
bet bets betting lottery gym workout plumber electrician landlord boiler boilers roofer mortgage
""")
