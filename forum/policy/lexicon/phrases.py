"""Multi-word expressions that say nothing specific, stripped before the value judgement (docs/policy.md §3).

One phrase a line, lower case, by category; the category names the evidence ("praise", "thanks", "truism"
...). ``placeholder``, ``boilerplate`` and ``scam`` phrases make a comment ``no_value``; a comment that is nothing but
``truism`` phrases is ``no_value`` when long and ``too_brief`` when short; a ``chain_letter`` phrase makes a
comment that uses fewer than three words of the work ``no_value``. So scam and chain-letter phrases are only
ones an honest comment about the work does not use ("next of kin" or "no experience needed" can be its own).
Phrases match whole words inside one sentence, longest first; admins add praise phrases through
``PolicySettings.extra_praise_phrases``.
"""

from __future__ import annotations


def _phrases(block: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in block.strip().splitlines() if line.strip())


PHRASES: dict[str, tuple[str, ...]] = {
    "greeting": _phrases("""
        good morning
        good afternoon
        good evening
        hi all
        hello all
        hi everyone
        hello everyone
        hey everyone
        hi there
        hello there
        dear all
        greetings from
    """),
    "thanks": _phrases("""
        thank you so much
        thank you very much
        thank you for sharing
        to every customer service professional reading this
        thank you for showing up
        you make a difference every day
        thank you for this
        thank you for writing
        thank you for posting
        thanks for sharing
        thanks for posting
        thanks for writing
        thanks for this
        thanks a lot
        thanks so much
        many thanks
        much appreciated
        i would like to thank
        i'd like to thank
        i want to thank
        wanted to thank
        thank you
        muchas gracias
        mil gracias
        merci beaucoup
        vielen dank
        danke schön
        danke schoen
        grazie mille
        muito obrigado
        muito obrigada
        heel erg bedankt
        maraming salamat
        salamat po
        dhanyavaad
        dhanyavad
        bahut shukriya
        shukriya
        asante sana
        terima kasih
        شكرا جزيلا
        شكراً جزيلاً
    """),
    "praise": _phrases("""
        keep up the good work
        bahut badhiya
        bahut accha
        bahut achha
        ang ganda
        ang galing
        napakaganda
        keep up the great work
        keep it up
        keep them coming
        keep writing
        well said
        well put
        well done
        well written
        nicely done
        spot on
        on point
        bang on
        so true
        how true
        very true
        nailed it
        hit the nail on the head
        hits home
        hit home
        this hit home
        made my day
        food for thought
        right on
        two thumbs up
        thumbs up
        hats off to you
        hats off
        love it
        love this
        loved it
        loved this
        great stuff
        good stuff
        you rock
        a must read
        every team lead should read this
        everyone should read this
        such an important topic
        can't wait to read
        cant wait to read
        can't wait for your next
        cant wait for your next
        waiting eagerly
        eagerly waiting
        waiting for your next
        wait for your next
        such an insightful perspective
        insightful perspective
        a powerful reminder
        lasting impact
        looking forward to reading more
        should read this and take it to heart
        should print it out
        print it out and put it on the wall
        thank you for always sharing
        a truly insightful and thought-provoking piece
        thought-provoking piece
        what a compelling read
        i particularly appreciate how you
        i really appreciate how you
        appreciate how you highlighted
        how you highlighted the importance of
        beautifully underscores
        enlightening contribution
        thought leadership
        human element
        heart of every meaningful interaction
        the human side of business
        opportunities for growth
        curiosity and compassion
        valuable insights with the community
        thoughtful and beautifully articulated
        beautifully articulated
        captured the essence
        beautifully encapsulates
        the transformative power
        a true masterpiece
        true masterpiece
        so clear and so powerful
        the world needs more content like this
        needs more content like this
        keep up the fantastic work
        sharing this with my whole network
        valuable resource
        comprehensive and valuable
        meaningful insights
        practical perspectives
        resonate deeply
        resonates deeply
        an essential read
        clarity and depth
        very informative article
        helped me a lot in understanding
        must read
        worth reading
        worth a read
        a pleasure to read
        nice one
        good one
        great one
        good job
        great job
        great work
        good work
        big fan
        you made me smile
        made me smile
        brought a smile to my face
        brought tears to my eyes
        ten out of ten
        five stars
    """),
    "agreement": _phrases("""
        i couldn't agree more
        couldn't agree more
        could not agree more
        i totally agree
        i completely agree
        i fully agree
        i agree
        agree with every word
        every word of this
        every single word
        agree with you
        same here
        me too
        you said it
        exactly this
        this so much
        so much this
        this is so true
    """),
    "reaction": _phrases("""
        i learned a lot
        learned a lot
        learnt a lot
        i enjoyed reading
        enjoyed reading
        long time reader
        first time commenter
        first time reader
        been following your blog
        reading your blog
        love your blog
        i will share this
        i'll share this
        will share
        shared this with my team
        sharing this with my team
        sharing this with my colleagues
        share this with my team
        saved for later
        i'll be back
        will be back
        more of this please
        can't wait for the next one
        looking forward to the next one
        looking forward to more
        i just wanted to say
        just wanted to say
        i wanted to say
        i have to say
        i must say
        i'd like to say
        i would like to say
        needless to say
        as always
        as usual
        of course
        my friends
        my friend
        dear friend
        out there
        in the end
        at the end of the day
        what it's all about
        is all about
        when it comes to
        in today's world
    """),
    "sign_off": _phrases("""
        best regards
        kind regards
        warm regards
        all the best
        best wishes
        take care
        god bless
        stay safe
        have a great day
        have a nice day
        have a good day
        have a great weekend
        have a nice weekend
        have a good one
        happy holidays
        happy new year
        merry christmas
        happy thanksgiving
        happy easter
        happy valentine's day
        happy valentines day
        happy valentine
        happy customer service week
        happy cs week
        happy friday
        sent from my iphone
        sent from my phone
        sent from my android
        talk soon
        until next time
    """),
    "truism": _phrases("""
        the customer is always right
        the customer is not always right
        the customer is king
        customers are king
        service with a smile
        communication is key
        listening is key
        empathy is key
        consistency is key
        the customer comes first
        customers come first
        put the customer first
        treat others the way you want to be treated
        treat customers the way you want to be treated
        treat people the way you want to be treated
        happy customers are loyal customers
        happy employees make happy customers
        a smile goes a long way
        people buy from people
        customers are people too
        customer service matters
        every customer matters
        it's all about the customer
        the little things matter
        little things make a big difference
        under promise and over deliver
        underpromise and overdeliver
        go the extra mile
        going the extra mile
        first impressions matter
        is a vital part of any
        vital part of any enterprise
        has never been more important
        ever-evolving business landscape
        customer service is the backbone
        without good service there are no customers
        success will follow
        most important quality for a customer service professional
        in today's world
        in today's fast-paced
        the most important skill in customer service
        companies that focus on their customers will succeed
        happy customers are loyal customers
        unhappy customers will leave
        should always treat their customers well
        those that ignore them will fail
        happy employees lead to happy customers
        happy customers lead to happy
        more important than ever before
        every organisation should keep in mind
        every organization should keep in mind
        everything else follows
        everything else will follow
        if you listen to your customers
        ever-changing business landscape
        more crucial than ever
        not just a department
        it's a mindset
        without customers there is no business
        customer service is very important
        is very important for every business
        is very important for any business
        happy customers mean more business
        good customer service makes customers happy
        first impressions count
        attitude is everything
        trust is everything
    """),
    "placeholder": _phrases("""
        as an ai language model
        for immediate release
        lorem ipsum
        dolor sit amet
        consectetur adipiscing elit
        sed do eiusmod
        this is a test
        test comment
        just testing
        testing testing
        test test
        sample text
        placeholder text
        your comment here
        type your comment
        insert comment
        blah blah
        bla bla
        yada yada
        foo bar
        hello world
    """),
    # Text written to be passed around or to sell a way of getting rich, never about the work: a chain
    # letter's push ("forward this to everyone you know") or a money-making pitch ("earn money from home").
    "chain_letter": _phrases("""
        pass this on
        pass this message on
        forward this to
        unless you forward
        unless u forward
        forward this message
        copy it to everyone
        copy this to everyone
        send this to everyone
        everyone in your contact list
        all your contacts
        all your friends and family
        do not break the chain
        don't break the chain
        break the chain
        no credit check
        in need of a loan
        need an urgent loan
        repost this
        won't repost
        wont repost
        true friends will
        real friends will
        earn money from home
        earn from home
        affiliate products
        build a second income
        without leaving your job
        i'll personally send you the details
        make money from home
        work from home and earn
        from your sofa
        from the comfort of your home
        no experience required
        explain how i started
        online data entry
        data entry from home
        financial freedom
        passive income
        work from home opportunity
        work-from-home opportunity
        ask me how
        share this to
        god will bless
        please pray for my
        i'll show you how
        anyone can do it
        quit my job at the call center
        quit my job at the call centre
        the mentor's contact
        trading forex with a mentor
        has been around the world
        has been sent around the world
        the luck has now been sent to you
        luck has been sent to you
        do not keep this message
        deleted it and lost
        god will reward you
        even small amount
        even a small amount
        copy this into
        be my own boss
        selling wellness products
        wellness products from home
        copy this and share
        share it with 10
        those who share
        those who ignore
        please wish her
        please wish him
        wish her a happy birthday
        wish him a happy birthday
        dreams do come true
        i passed my
        will receive good news
        and shares it with
        i'm my own boss
        now i'm my own boss
        be your own boss
        wellness journey
        give your life to
        jesus is the only
        may the lord
        praise the lord
        by liking posts
        just by liking
        doing simple tasks
        simple online tasks
        singles in your area
        singles near you
        meet verified singles
        copy and paste this
        before they delete
        the truth must spread
        wake up people
        share this with every
        if this message reaches
        type amen
        receive a blessing
        ignore it and your
    """),
    # A prize, lottery or advance-fee scam: the reader is told they have won or been chosen to receive money.
    # Never said of the work, whatever words of it the scam borrows ("compensation", "claim").
    "scam": _phrases("""
        you have been selected
        you have been chosen
        you've been selected
        you've been chosen
        you have won
        you've won
        you are a winner
        you are the lucky winner
        lucky winner
        winning notification
        claim your prize
        claim your winnings
        claim your reward
        claim your funds
        your winnings
        release your funds
        release of your funds
        unclaimed funds
        international lottery
        selected to receive
        came across your profile
        my private email
        your profile has been shortlisted
        refundable registration fee
        confirm your interview slot
        i saw your profile
        saw your profile pic
        looking for sincere friend
        looking for a sincere friend
        reply to this comment with your
        with your username and password
        your username and password to
        write to me privately
        get to know you better
    """),
    "boilerplate": _phrases("""
        all rights reserved
        this email and any files transmitted
        intended solely for the use of
        if you have received this email in error
        this email and any attachments
        terms and conditions apply
        republished with permission
        originally published on
        this post originally appeared
        click here to unsubscribe
        unsubscribe from this list
        the views expressed are my own
        confidentiality notice
        the intended recipient
        confidential and privileged
        unauthorized review
        destroy all copies
        contact the sender by reply
    """),
}
