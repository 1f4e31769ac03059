"""Action items from a session: who committed to what and by when, each cited.

Extractive and rule-based: a speaker committing themselves ("I'll run the test with them
next week", "leave the rota with me"), a participant asked by name ("Dana, can you send the
list by Friday?") or named as the doer ("Sam will update the checklist"), and the due date
when one is said ("by Friday", "next week", "before the audit", "end of the month"). A task
reads on its own after the session: "it" or "them" as its object names the thing the same
sentence or the question just asked names (or a topic said first: "Tom, the spare
batteries, can you order them?"), and "you" names the person answered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from assistant.summarize import prose

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri)"
_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|"
          r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")
#: A month named alone ("by March", "in May"): capitalised and in full, so that "may" the
#: verb and "march" the walk are not read as months.
_MONTH_NAME = (r"(?-i:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)")
#: Days of the month in words ("the tenth", "the twenty-second").
_ORDINAL = (r"(?:(?:twenty|thirty)[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|"
            r"eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
            r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
#: A part of a period ("end of March", "the first week of May", "the start of next month").
_PERIOD = r"(?:(?:the |this |next )?(?:day|week|month|sprint|quarter|shift|term|year)|{m})"
_PART = (rf"(?:the )?(?:(?:start|beginning|middle|end) of|(?:first|second|third|fourth|"
         rf"last) (?:week|weekend|fortnight) (?:of|in)) {_PERIOD.format(m=_MONTH)}")
#: A day after a determiner or a possessive modifies a noun ("the Sunday timetable", "our
#: Friday volunteers") or points back to a day said before ("that Friday"): no due date.
_NOT_MODIFIER = "".join(rf"(?<!\b{d} )" for d in ("the", "a", "that", "our", "my", "your",
                                                    "their", "his", "her", "its", "every",
                                                    "each"))
_WHEN = (rf"(?:tomorrow(?: morning| afternoon| evening)?|tonight|today|(?:this|next) (?:week|"
         rf"weekend|fortnight|month|sprint|quarter|session|meeting|shift|morning|afternoon|"
         rf"evening|{_DAY})|"
         rf"{_NOT_MODIFIER}{_DAY}(?: morning| afternoon| evening|['’]s [a-z][\w-]*)?|"
         rf"{_PART}|"
         rf"(?:early|mid|late)[- ]{_MONTH}|"
         rf"eod|eow|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|"
         rf"the \d{{1,2}}(?:st|nd|rd|th)(?: of {_MONTH})?|"
         rf"\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}|\d{{4}}-\d{{2}}-\d{{2}}|"
         rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|(?:the )?(?:{_ORDINAL}) of {_MONTH}|"
         rf"(?:the )?next (?:one|session|jam|check-in|huddle|review)|"
         rf"half[- ]term|(?:a|one|two|three|four|\d+) (?:days?|weeks?|months?|fortnights?))")
#: Events that are a due date only after a preposition ("before the audit", "by lunch").
_EVENT = (r"(?:(?:the )?(?:go-live|audit|inspection|launch|deadline|handover|rollout|review|"
          r"term|semester|weekend)|lunch(?:time)?|close of play)")
#: Holidays and months, due dates after a preposition that may also be "in" ("by March",
#: "in May", "before the summer break", "over the holidays").
_SEASON = (rf"(?:christmas|easter|the holidays|(?:the )?(?:(?:summer|winter|spring|autumn|"
           rf"easter|christmas|half[- ]term|festive|school|bank) )?(?:break|holidays?|"
           rf"recess|shutdown|term)|the (?:summer|winter|spring|autumn)(?![ -]+(?!(?:and|"
           rf"then|so|if|or|but|when|to|for|at|on|with)\b)[a-z])|{_MONTH_NAME})")
DUE = re.compile(rf"\b(?:(?:(?:by|before|on|until|till|for|at|in|within|after|over|ahead of|"
                 rf"no later than)\s+)?(?:{_WHEN})|(?:by|before|until|for|at|after|over|"
                 rf"ahead of|no later than)\s+{_EVENT}|(?:by|before|until|in|after|over|"
                 rf"during|ahead of|no later than)\s+{_SEASON}|(?:by|before|on|until)\s+"
                 rf"the (?:{_ORDINAL})(?=\s*(?:$|[,.;:!?)]|(?:and|then|at|so|if|or|but|"
                 rf"when)\b)))\b", re.I)
_SELF = re.compile(r"\b(?:I['’]ll|I will|I['’]m going to|I am going to|I['’]m gonna|"
                   r"I['’]ll take)\s+(?P<rest>.+)", re.I)
#: Weaker self-commitments count only with a due date ("I can do it by Friday") or as an
#: offer ("I could ring them if you want").
_SELF_WEAK = re.compile(r"\b(?:I can|let me|I (?:need|have) to|I['’]d better|I could|"
                        r"(?:I['’]m|I am|I['’]d be|I would be) (?:happy|glad) to)\s+"
                        r"(?P<rest>.+)", re.I)
#: A condition that leaves the choice to the others ("if you want", "if it helps", "if Sam's
#: okay with it"): the commitment is an offer.
_IF_WANTED = re.compile(r",?\s*\bif (?:(?:you|we|anyone|people|y['’]all)(?:['’]d| would)? "
                        r"(?:want|wants|like|likes|need|prefer)|(?:that|it)(?:['’]d| would| will)? "
                        r"(?:helps?|be (?:useful|helpful))|(?:that|it)(?:['’]s| is) "
                        r"(?:useful|helpful)|[\w'’-]+(?:['’]s| is| are)? (?:okay|ok|fine|alright|"
                        r"all right|happy) with (?:it|that|this))\b.*$", re.I)
#: The words that make a commitment an offer ("I could ring them", "happy to send it",
#: and "I'll ring them if you want"): it becomes an action only when someone takes it up or
#: the speaker restates it as a commitment. "I can do that by Friday" is a commitment.
_OFFER = re.compile(r"\b(?:I could|(?:I['’]m|I am|I['’]d be|I would be) (?:happy|glad) "
                    r"to)\b", re.I)
#: Words offering a task without a date ("I can ask the caretaker about the boiler", "I could
#: write the first draft"): an action once someone takes it up.
_OPEN_OFFER = re.compile(r"\b(?:I can|I could|(?:I['’]m|I am|I['’]d be|I would be) "
                         r"(?:happy|glad) to)\b", re.I)
#: What a dateless "I can ..." says that offers no task: an ability, a perception or a
#: thought ("I can remember when ...", "I can see the point", "I can never find the key"),
#: or the verb said with how often or how well ("I can barely keep up"): a statement.
_NO_OFFER = re.compile(r"^(?:(?:never|barely|hardly|scarcely|always|still|only|just about|"
                       r"sometimes|often|usually|rarely|seldom|ever|no longer|almost|easily|"
                       r"totally|completely|kind of|sort of)\b|(?:remember|recall|see|hear|"
                       r"feel|sense|smell|taste|imagine|picture|understand|tell\b(?! (?:them|"
                       r"him|her|the|everyone|people|[A-Z]))|believe|think|guess|find|keep up|"
                       r"relate|appreciate|recogni[sz]e|notice|follow|agree|afford|manage|"
                       r"cope|live with|do without|stand|bear|wait|say|vouch|speak for|"
                       r"confirm that|promise)\b)", re.I)
#: An answer that agrees with a statement rather than taking up an offer ("Yeah, same
#: here.", "Good.", "Thanks."): said alone, or with words of agreement.
_AGREED = re.compile(r"^(?:(?:yes|yeah|yep|good|thanks|thank you|cheers|ok|okay|right|true|"
                     r"fine|alright)[.!]*$|.*\b(?:same here|me too|me neither|I know|"
                     r"tell me about it|exactly|fair enough|so true)\b)", re.I)
#: An answer that takes an offer up ("Yes please", "That would be great", "Go for it").
_TAKEN = re.compile(r"^(?:(?:oh|ah|well|okay|ok|right|so|um|uh)\b[,.!]?\s*)*"
                    # thanks to the room close the session, not an offer taken up
                    r"(?!(?:thanks|thank you|cheers)[,]? (?:all|everyone|everybody|folks|guys|"
                    r"team)\b)(?:yes|yeah|yep|"
                    r"please|sure|great|perfect|lovely|brilliant|excellent|fantastic|good|"
                    r"thanks|thank you|cheers|that would|that['’]d|that['’]s (?:great|perfect|"
                    r"kind|brilliant|lovely|helpful|good|useful)|go (?:for it|ahead)|do it|"
                    r"definitely|absolutely|sounds good|that works|would you|could you|"
                    r"(?:okay|ok|alright|fine)[.!]?$)", re.I)
#: A question to the room for someone to do something ("Could someone ring them?"): an
#: offer answering it is taken up by the asking.
_WHO_WILL = re.compile(r"\b(?:someone|somebody|anyone|anybody|who|any takers|volunteers?)\b"
                       r".*\?$", re.I)
_LEAVE = re.compile(r"\b(?:leave|put) (?P<rest>.+?) (?:with|on) me\b", re.I)
#: A noun phrase said first as what the rest is about ("Tom, the spare batteries, can you
#: order them?", "And the new signage, I'll post it Monday").
_TOPIC = (r"(?:the|a|an|this|that|these|those|our|your|their|his|her|my)\s+"
          r"[\w'’-]+(?:\s+[\w'’-]+){0,6}?")
_ASK = re.compile(rf"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s*,\s*"
                  rf"(?:(?P<topic>(?i:{_TOPIC}))\s*,\s*)?"
                  rf"(?:(?i:can|could|would|will) you|you['’]ll|you will)\s+(?P<rest>.+?)\??$")
_ASK_TAIL = re.compile(r"^(?i:can|could|would|will) you\s+(?P<rest>.+?),\s*"
                       r"(?P<name>[A-Z][\w'’-]+)\s*\??$")
_NAMED = re.compile(r"^(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s+(?:will|is going to|"
                    r"['’]ll|to|can)\s+(?P<rest>.+)$")
#: Adverbs between "I'll" and its verb ("I'll probably ring", "I'll also check").
_ADVERBS = (r"(?:(?:also|just|then|definitely|mostly|probably|maybe|only|actually|quickly|"
            r"certainly|gladly|personally|still|happily)\s+)*")
#: Verbs after "I'll" that are talk, not a commitment ("I'll be honest", "I'll present").
_NOT_ACTIONS = re.compile(rf"^{_ADVERBS}(?:be\b|say\b|admit|tell you|just say|give you an example|"
                          r"present|go first|start\b|stop\b|hand (?:it )?over|pass|read|"
                          r"share my screen|explain|repeat|"
                          # "put it this way" is talk; putting it somewhere a task
                          r"put it\b(?!\s+(?:in|into|on|onto|up|out|through|forward|back|"
                          r"round|to|together)\b)|keep it short|"
                          r"mute|unmute|think|guess|answer|jump in|try to explain|"
                          r"walk you|show you|take that as|leave it there|listen|"
                          r"stay (?:on mute|quiet)|hold on|wait\b|need\b(?! to)|want\b(?! to)|"
                          r"kick (?:us )?off|see you\b)", re.I)
#: Commitments about the call itself, whatever their date: keeping its time ("I'll keep
#: time today"), staying on or leaving it ("I'll stay on for anyone late", "I'll head off
#: now"), and a try said before the task itself ("I'll have a go. I'll
#: time the route."). No task to list; the step model still reads them as commitments.
_CALL = re.compile(rf"^{_ADVERBS}(?:keep (?:the )?time\b|keep an eye on the (?:time|clock)|"
                   r"watch the clock|stay on\b(?! top)|hang (?:on|around|about)\b|"
                   r"(?:go|head off|log off|sign off|hop off|jump off|drop off)"
                   r"(?:\s+(?:now|then|here|before\b.*))?[,.!]?$|"
                   r"(?:have|give it) a (?:go|try|shot|crack|bash)\b(?!\s+at\b))", re.I)
#: A request's frame around the task ("would you be up for updating X" -> "updating X").
_FRAME = re.compile(r"^(?:(?:be )?(?:up for|willing to|able to|happy to|ok(?:ay)? with)|"
                    r"mind|please)\s+", re.I)
#: A task said with a pro-form only ("I'll do it"): it takes its content from the request.
_PRO_FORM = re.compile(r"^(?:do|take|handle|own|sort|pick up|cover)\s+(?:it|that|this|"
                       r"one)(?:\s+(?:on|out|up))?$", re.I)
#: A participant taking on what was just asked of them.
_ACCEPT = re.compile(r"^(?:(?:yes|yeah|yep|sure|okay|ok|absolutely|of course|fair)\b[,.!]?\s*)*"
                     r"(?:will do|i will|i['’]ll do (?:it|that)|on it|can do|sure thing|"
                     r"i['’]m on it|happy to)\b", re.I)
#: A yes to what was just asked, the first words of the answer ("Will do", "Yes, sure").
_YES = re.compile(r"^(?:I (?:will|can|shall|do)(?=\s*(?:[,.!]|$))|"  # "I will, by Friday."
                  r"yes|yeah|yep|sure|will do|of course|absolutely|no problem|can do|"
                  r"on it|okay|ok|alright|fine|happy to)\b(?!,? but\b)", re.I)
#: An order to whoever answers to hand the speaker something ("Send me the gate codes",
#: "And email me the list?"): the answerer's task once they accept it ("Will do").
_SEND_ME = re.compile(r"^(?:please\s+)?(?:send|give|bring|email|e-mail|text|forward|pass|"
                      r"show|drop|post|lend|message|ring|call|get)\s+me\b.+", re.I)
#: Where a request goes on to what the asker's side will do ("..., and we'll decide next
#: week"): what comes before is the request.
_ASKERS_PART = re.compile(r",?\s+and (?:we|I|you|they)(?:['’]ll| will)\s")
#: A turn that only signals listening ("Yeah.", "Mm-hm.", "Right, right."): no answer of its own.
_BACKCHANNEL = re.compile(r"^(?:(?:yeah|yes|yep|mm+|mm-hm+|mhm+|uh-huh|hm+|right|okay|ok|sure|"
                          r"cool|great|nice|true|i see|wow|oh|ah)[.,!]*\s*){1,3}$", re.I)
#: A participant told by name what to do ("Priya, keep us posted on Calder").
_VOCATIVE = re.compile(r"^(?:and |so |also )?(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\s*,\s*"
                       r"(?P<rest>(?:please )?[a-z][\w'’-]*\b.+?)[.!]?$")
#: A task handed on to someone else ("I'll hand that to Sam", "let's give it to Priya") or
#: taken by someone else instead ("Actually, Priya, could you take that instead?", "Sam can
#: do that instead"): the action just agreed changes owner.
_NAME = r"[A-Z][\w'’-]+"
_PRO_TASK = (r"(?:take|do|handle|own|cover|pick up|have|run|sort)\s+(?:it|that|this)"
             r"(?: one)?(?:\s+(?:on|over|up|out))?")
_HAND_ON = re.compile(rf"\b(?:hand|pass|give|move|switch|reassign)\s+(?:it|that|this)"
                      rf"(?: one)?\s+(?:over |on |across |back )?to\s+(?P<name>{_NAME}"
                      rf"(?: {_NAME})?)")
_INSTEAD = (re.compile(rf"^(?:[Aa]ctually,?\s*)?(?P<name>{_NAME})\s*,\s*(?:can|could|would|will)"
                       rf" you\s+{_PRO_TASK}\s+instead\b"),
            re.compile(rf"(?:can|could|would|will) you\s+{_PRO_TASK}\s+instead\s*,\s*"
                       rf"(?P<name>{_NAME})\s*\??$"),
            re.compile(rf"^(?:[Aa]ctually,?\s*)?(?:let\s+)?(?P<name>{_NAME}(?: {_NAME})?)\s+"
                       rf"(?:(?:can|will|could|should|might as well)\s+|['’]ll\s+)?"
                       rf"{_PRO_TASK}\s+instead\b"))
#: A participant asked by name to do a task that only a pro-form names ("Actually, Priya,
#: you know the supplier, can you take it?").
_ASK_PRO = re.compile(rf"^(?:[Aa]ctually,?\s*)?(?P<name>{_NAME})\s*,(?:[^?]*?,)?\s*"
                      rf"(?i:can|could|would|will) you\s+{_PRO_TASK}\s*\??$")
#: A name said last, to the one addressed ("Can you, Priya?").
_NAME_LAST = re.compile(rf",\s*(?P<name>{_NAME})\s*[?.!]?$")
#: A question whether a participant named in the third person will do a task ("Could Sam
#: take the late shift?"): theirs once they say yes.
_ASK_THIRD = re.compile(r"^(?i:can|could|would|will) (?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
                        r"\s+(?P<rest>[a-z][\w'’-]*\b.+?)\?$")
#: What a question or a "you'll" asks that is no task: wanting, liking, being or having
#: ("Would Tom like a copy?", "Will Tom be there?", "Tom, you'll love the new hall"); "mind
#: doing", "be able to" and "have a look" ask for a task.
_NOT_A_TASK = re.compile(r"^(?:like|love|want|wish|fancy|prefer|enjoy|need\b(?! to)|care|"
                         r"get to|mind\b(?! \w+ing\b)|"
                         r"be\b(?! (?:up for|willing to|able to|happy to|ok(?:ay)? with)\b)|"
                         r"have\b(?! (?:a|another) (?:look|go|word|chat|try|think|read)\b))\b",
                         re.I)
#: A question to the one who just spoke ("Could you put the readings in a shared sheet?").
_ASK_YOU = re.compile(r"^(?i:can|could|would|will) you\s+(?P<rest>.+?)\?$")
#: What such a question asks that is no task: hearing, seeing or saying something now.
_NOT_ASKED = re.compile(r"^(?:(?:all|both|still|now)\s+)?(?:hear|see|say|remember|imagine|"
                        r"believe|repeat|clarify|confirm|speak|mute|unmute|share your screen|"
                        r"go back|give an example|elaborate|expand)\b", re.I)
#: A request to speak in the session itself ("could you tell us how it went?").
_SPEAK_NOW = re.compile(r"^(?:please )?(?:tell us|give us (?:the|a|an|some) (?:background|"
                        r"context|overview|summary|update|quick)|walk us|talk us|explain|"
                        r"describe|present|introduce|summari[sz]e|say|remind us|go first|"
                        r"start us|kick us off)\b", re.I)
#: A task about the meeting's own moment or the call itself ("listen for a minute", "post
#: a file in chat", "name each one as we go", "take us through it").
_NOW = re.compile(r"\bfor a (?:minute|moment|second|sec|bit)\b|\b(?:right )?now$|"
                  r"\bin (?:the |this )?(?:chat|call)\b|\bas we go\b|"
                  r"^(?:take|walk|talk|run|bring) us\b", re.I)


#: A place the speaker moves to during the call ("I'll go inside", "I'll move to the
#: kitchen"): where they sit, not a task.
_MOVE = re.compile(r"^(?:go|move|pop|step|head|nip|hop|sit|stay|get)\s+(?:inside|outside|"
                   r"indoors|outdoors|upstairs|downstairs|(?:(?:in|into|to|over to|out to|"
                   r"on|by|near)\s+)(?:the |my |a |our )?[\w'’-]+)$", re.I)
#: Words before "I'll" that make it someone's words reported, or a promise made before
#: ("she says I'll get a refund", "I told them I'll call"): not a commitment made now.
_REPORTED = re.compile(r"\b(?:says|(?<!as I )(?<!like I )said|saying|tells? (?:me|us|him|her|"
                       r"them)|told (?:me|us|him|her|them|\w+)|promised|wrote|was like)"
                       r"\s*[,:]?\s*(?:that\s+)?$", re.I)
#: A condition that is not real ("if we ever had the budget, I'll ..."): a hypothetical.
_HYPOTHETICAL = re.compile(r"\b(?:if|suppose|supposing|imagine)\s+(?:[\w'’]+\s+){0,3}?"
                           r"(?:were|had|ever|would|could)\b|\b(?:in theory|hypothetically)\b",
                           re.I)
#: An answer that turns an offer or a request down ("No need, I've got one", "I can't
#: this week, sorry").
_DECLINE = re.compile(r"^(?:(?:oh|ah|well|no|thanks|thank you|cheers|sorry|honestly|um|uh)\b"
                      r"[,.!]?\s*)*(?:no need|no,? (?:that['’]s|it['’]s|we['’]re|I['’]m) "
                      r"(?:fine|okay|ok|alright|good|covered|sorted)|don['’]t worry|"
                      r"(?:that['’]s |it['’]s )?not necessary|no,? thanks?(?: you)?\b|"
                      r"you don['’]t (?:need|have) to|there['’]s no need|"
                      r"I['’]d (?:rather|prefer) not\b|"
                      r"I can['’]t\b(?!\s+(?:wait|believe|imagine|remember|see|tell|say|think))|"
                      # away when it is due: "I'm off all of June", "I'm away in May"
                      r"I['’]m (?:away|off|out|on (?:leave|holiday)|not (?:around|here|"
                      r"available|free))\b(?!\s+(?:to|and)\b)|I won['’]t be (?:here|around|"
                      r"there|in)\b|"
                      r"I won['’]t be able|not me\b|I['’]ve already (?:got|done)|"
                      r"we['’]ve already (?:got|done))", re.I)
#: A proposal a pro-form can stand for ("I could reprint the badges, I'll handle it tomorrow").
_PROPOSAL = re.compile(r"\b(?:(?:I|we|someone|somebody) (?:can|could|should|need to|needs to|"
                       r"have to|has to|might|ought to)|(?:can|could|should|shall) (?:we|"
                       r"someone|somebody|anyone|anybody)|why don['’]t we|let['’]s|let me)\s+"
                       r"(?P<rest>[a-z].+)", re.I)
#: A call to the room said as the task itself ("And someone email the caterers?").
_ROOM_TASK = re.compile(r"^(?:(?:and|so|also|then)\s+)?(?:someone|somebody|anyone|anybody)\s+"
                        r"(?:(?:to|please)\s+)?(?!(?:want|wants|know|knows|have|has|got|"
                        r"mind|minds|else|here|there|who|that|is|was|did|does|can|could|"
                        r"will|would|should)\b)(?P<rest>[a-z][\w'’-]*\b.*)\?$", re.I)
#: A question who will do a task ("Who writes it up?", "Right, who's booking the van?",
#: "Who wants to ring them?"): the task a pro-form answer ("I'll do it") takes on.
_WHO_DOES = re.compile(r"^who(?P<aux>['’]s| is| will|['’]ll| wants to| can| could| would "
                       r"like to)?\s+(?P<rest>[a-z][\w'’-]*\b.*?)\s*\?$", re.I)
#: The session's own write-up with nothing else named ("I'll write it up", "I can
#: do a write-up", "I'll type that one up myself"): the script's last step is capturing the
#: session's pattern in the playbook (shared/DESIGN.md), so the task says so.
_SESSION_WRITE_UP = re.compile(r"^(?:(?:write|type|writ(?:e|ing))\s+(?:it|this|that)(?:\s+one)?"
                               r"(?:\s+up)?(?:\s+(?:myself|properly|again))?|"
                               r"(?:do|doing|write|writing)\s+the\s+write-?up)"
                               r"(?:\s+(?:for|in|into|on)\s+the\s+playbook)?$", re.I)
#: Putting "it" in the playbook with nothing else named ("I'll add that to the playbook"): the
#: session's pattern.
_INTO_PLAYBOOK = re.compile(r"^(?P<verb>put|add|get|write|log)\s+(?:it|this|that)(?:\s+one)?"
                           r"(?P<prep>\s+(?:up\s+)?(?:in|into|to|on))\s+the\s+playbook$", re.I)
#: The words that make a sentence a commitment, just before its task.
_SAYER = re.compile(r"\b(?:I['’]ll|I will|I['’]m going to|I am going to|I['’]m gonna|I can|"
                    r"I could|let me|I (?:need|have) to|I['’]d better)\s*$", re.I)
#: A task whose only object is a pronoun and whose rest adds no content ("do that",
#: "look into it", "post them across", "file it after the review"): it says nothing once
#: the session is over.
_BARE = re.compile(r"^[a-z][\w'’-]*(?: (?:up|out|over|round|around|back|on|off|in|into|"
                   r"through|forward|along|across|down|at|after|about|to|with|for))? "
                   r"(?:it|that|this|them|those|these|one|mine|yours|ours|theirs|his|hers)"
                   r"(?P<rest>\b.*)$", re.I)
_BARE_REST = re.compile(r"^(?:\s*(?:up|out|over|round|around|back|on|off|in|through|"
                        r"forward|along|across|down|again|too|as well|properly|first|later|"
                        r"soon|now|then|once|(?:to|with|for|at) (?:them|him|her|us|you|me)|"
                        r"(?:on )?the same (?:day|week|morning|afternoon|evening)|"
                        r"(?:before|after|by|until|every|each) (?:the |this |that |next |"
                        r"our )?[\w'’-]+)\b[,.]?)*\s*$", re.I)
#: Writing up what the session said ("I'll write this up", "type it up"): the pronoun
#: points at the session itself, so the task names enough to track (not :func:`_empty`).
_WRITE_UP = re.compile(r"^(?:write|type|writing|typing)\s+(?:it|this|that)\s+up\b", re.I)
#: A sentence that is only the purpose of the task said just before ("I'll write to the
#: parents. To say sorry and what changes."): part of that task.
_PURPOSE = re.compile(r"^to (?!be\b)[a-z][\w'’-]*\b(?!\s*[.?!]?$).*$", re.I)
#: An answer that adds a task of its own to the one asked for ("and I'll also ...").
_ANOTHER = re.compile(r"^(?:and|plus)\b|\b(?:also|too|as well|another|besides)\b", re.I)
#: Verbs of a follow-up that only says when the task before will be done ("I'll get it
#: finished by the tenth", "I'll sort that tomorrow", "I'll have it ready for Tuesday").
_GENERIC = frozenset({"do", "have", "get", "sort", "handle", "finish", "make", "take",
                      "cover", "own"})
#: Commitments that are no task to track after the session, though the step model still
#: reads them as commitments: running the session itself through its steps or its talk
#: ("I'll number the steps", "I'll set the scene") and the call's own machinery ("I'll
#: turn my camera off"). Booking a person into a later session ("I'll book you in for the
#: next one") stays an action: the annotators of the tuning sessions list two of four such.
_NO_TASK = re.compile(r"\b(?:the|all|our|these)\s+(?:(?:\d+|two|three|four|five|six|seven)\s+)?"
                      r"steps\b(?!\s+(?:for|of|to|in|on|into)\b)|"
                      r"^(?:set the scene|paint (?:a|the) picture|give (?:you|us|everyone) "
                      r"(?:the |some |a bit of )?(?:background|context|backstory)|"
                      r"bring (?:you|everyone|us) up to speed)\b|"
                      r"^(?:switch|turn|keep|leave|put)\s+(?:(?:on|off)\s+)?(?:their|the|your)\s+"
                      r"(?:video|camera|mic|microphone|headset)(?:\s+(?:back\s+)?(?:on|off))?$",
                      re.I)


#: Where a second commitment of the speaker's starts in the same sentence ("I'll roast
#: the gate on Saturday, and I'll order new hinges today"): two tasks, two actions.
_SECOND = re.compile(r",\s+and\s+(?=(?:I['’]ll|I will|I['’]m going to|I can|I could)\s)")


def due_of(text: str) -> str | None:
    """The due date said in ``text`` ("by Friday", "next week"), or None."""
    m = DUE.search(text)
    return " ".join(m.group(0).split()) if m else None


def _task(rest: str) -> str:
    """The committed task, without its due date and trailing filler, as a verb phrase.
    Only the date taken as the due one goes: a later date is part of what is to be done
    ("repaint the gate before Easter and book the roofer for late June")."""
    t = re.sub(r"\s+,", ",", DUE.sub("", rest, count=1))
    t = _IF_WANTED.sub("", t)  # "ring them if you want": the offer's condition is no task
    # the task ends where a new clause says how things are ("..., I'm free then")
    t = re.split(r"(?<=[a-z])[.;!?](?:\s|$)|\s+(?:and then|but|because|so that|"
                 # a reason: "put the form in since it's ready"; "since Monday" is a time
                 r"since (?=(?:it|they|we|I|you|he|she|there|that)\b)|"
                 r"if that['’]s (?:ok(?:ay)?|alright|all right|fine))\b|,\s+(?:I['’]m|I am|"
                 r"I['’]ve|it['’]s|that['’]s|there['’]s|they['’]re|we['’]re|I (?:know|knew|"
                 r"think|guess|reckon|suppose|believe|have|had|was|did))\s|"
                 # "..., and the feedback form's on the desk": a clause of its own
                 r",\s+and\s+(?:the|this|that|these|those|our|your|their|his|her)\s+"
                 r"(?:[\w-]+\s+){0,2}?[\w-]+(?:['’]s|\s+(?:is|are|was|were|has|have))\s", t)[0]
    # the words left dangling where the date was cut ("..., so by mid-February", "from the
    # first of May", "..., that's the tenth")
    t = re.sub(r"(?:\b(?:as well|too|then|later|okay|ok|right|yeah|first thing|please|so|"
               r"from|starting|that['’]s|that is|which is)\s*[.?!,]?\s*)+$", "",
               t.strip(" ,.;:?!"), flags=re.I)
    t = re.sub(r"\bmy\b", "their", t)
    t = re.sub(r"\bme\b", "them", t)
    t = re.sub(rf"^{_ADVERBS}", "", t, flags=re.I)  # "I'll also ...", "I'll probably ..."
    return _FRAME.sub("", " ".join(t.split()).strip(" ,.;:?!"))


def _for_asker(rest: str, asker: str) -> str:
    """A request's words with "me" and "my" as the asker ("send me the list" -> "send Ana
    the list"): said back as a task they would read as the doer's own."""
    if not asker:
        return rest
    first = asker.split()[0]
    return re.sub(r"\bme\b", first, re.sub(r"\bmy\b", f"{first}'s", rest))


def _to_asker(task: str, said: str, request: Mapping[str, Any]) -> str:
    """``task``, an answer to ``request`` whose pronoun object (``said``: "email it") was
    read as the thing asked for, given the asker back as its recipient when the request was
    for something sent or given to them ("Ben, could you post me the tile supplier?" /
    "Sure, I'll email it" -> "email Ana the tile supplier", not a task to write to the
    supplier)."""
    m = _PRONOUN_TASK.match(said)
    asker = str(request["citations"][0].get("speaker") or "").split()[:1]
    if not m or not asker or task == said:
        return task
    to, verb = asker[0], f"{m.group('verb')}{m.group('pre')}"
    if not re.match(rf"^[a-z][\w'’-]*(?: (?:up|out|over|round|back|on|off|in|through|"
                    rf"forward|along|across|down))? {re.escape(to)}\b(?!['’]s)",
                    str(request["action"])) or not task.startswith(verb + " ") \
            or re.search(rf"\b{re.escape(to)}\b", task):
        return task
    return f"{verb} {to} {task[len(verb) + 1:]}"


def _participant(name: str, people: dict[str, str]) -> str:
    return people.get(name.lower(), people.get(name.split()[0].lower(), ""))


def extract_actions(segs: Sequence[Any], *, session_id: str = "",
                    unnamed: bool = False, roster: Iterable[str] = ()) -> list[dict[str, Any]]:
    """Actions said in the session, in order: ``{"owner", "action", "due", "citations"}``.
    ``segs`` are turns with ``position``, ``speaker``, ``text`` and ``start_s``.

    One commitment makes one action: a request and the asked person's answer to it ("Maya,
    could you ring the printer?" / "Yes, I'll call them at nine"), or a task and the same
    speaker's next sentence saying when ("I'll reword the leaflet. I'll have it ready for
    Tuesday."), are merged. Left out: a task that names nothing once the session is over
    ("do that", "look into it"), an offer or request turned down in the next answer, words
    reported or promised before ("she says I'll ...") and hypotheticals. ``unnamed`` keeps
    the tasks that name nothing: the step model reads every commitment as a sign of where
    the session is, whether or not its task is worth listing.

    An offer ("I could ring them if you want") is kept only when someone takes it up or the
    speaker restates it; a task handed on ("I'll pass that to Sam", "Priya, could you take
    that instead?") keeps its final owner only; a commitment said again later by the same
    person is one action in the fuller words; running the session itself ("I'll set the
    scene") and the call's machinery are no task (the step model still counts them).

    A question put to the one who just spoke ("Could you put the readings in a shared sheet?") is
    their action once they say yes in their next turn; a named request the asked person turns
    down while naming someone else ("I'd rather not. Omar, you drive past there?") passes to
    that person, again once they say yes. A task is handed on only to a participant or to a
    person of ``roster`` (everyone the workspace knows by name: case submitters,
    facilitators, owners of earlier actions): "I'll pass that to Facilities" keeps its owner.

    Also read: "Tom, you'll ...?" and "Could Tom ...?" as requests to Tom (the second once he
    says yes), "I'm away that week" as a no, a dateless offer ("I can ask the caretaker")
    once someone takes it up, a task handed to the room as a statement ("And somebody tells
    the caterers the numbers.") or an order ("Book me two slots.") as the answerer's when
    their task names only a pronoun, and "X, and I'll Y" as two commitments."""
    from assistant.summarize.core import clean, fmt_ts

    people: dict[str, str] = {}
    for g in segs:
        if g.speaker:
            people.setdefault(g.speaker.lower(), g.speaker)
            people.setdefault(g.speaker.split()[0].lower(), g.speaker)
    known = dict(people)  # who a task may be handed on to: the call and the roster
    for name in roster:
        if name.strip():
            known.setdefault(name.strip().lower(), name.strip())
            known.setdefault(name.split()[0].lower(), name.strip())
    out: list[dict[str, Any]] = []
    asked: dict[str, tuple[int, dict[str, Any]]] = {}  # owner -> (turn, their last request)
    told: tuple[int, str, str, Any] | None = None  # (turn, owner, task, where) by name
    # (sentence, action): the task this turn's speaker just took on, which a follow-up
    # sentence of theirs in the same turn ("I'll get it finished by the tenth") only dates
    just: tuple[int, dict[str, Any]] | None = None

    def cite(at: Any) -> dict[str, Any]:
        return {"session_id": getattr(at, "session_id", "") or session_id,
                "position": at.position, "speaker": at.speaker,
                "timestamp": fmt_ts(at.start_s, at.position)}

    def add_cite(action: dict[str, Any], at: Any) -> None:
        if all(c["position"] != at.position for c in action["citations"]):
            action["citations"].append(cite(at))
        if at.speaker == action["owner"]:
            action.pop("_unconfirmed", None)  # the asked person answered

    heard: list[list[str]] = []  # each turn's sentences so far: where a pronoun points back
    names = _TurnNames()  # their fuller names of things, for "fit the latch"
    for n, g in enumerate(segs):
        heard.append([])
        just = None
        # the turn this one answers: the one before, or the one before a third person's
        # back-channel ("Could you post them?" / "Mm." / "By Wednesday, yes.")
        prev = n - 2 if n >= 2 and segs[n - 1].speaker not in (g.speaker, segs[n - 2].speaker) \
            and _BACKCHANNEL.match(clean(segs[n - 1].text)) else n - 1
        if g.speaker in asked and asked[g.speaker][0] >= n - 2 and \
                _DECLINE.match(_lead_in(clean(g.text))) and \
                (other := _passed_to(clean(g.text), people, g.speaker)):
            _, passed = asked.pop(g.speaker)  # "I'd rather not. Omar, you drive past?"
            passed["owner"], passed["_unconfirmed"] = other, True
            add_cite(passed, g)
            asked[other] = (n, passed)
        elif g.speaker in asked and asked[g.speaker][0] in (n - 1, prev) and \
                (yes := _said_yes(clean(g.text))) is not None:
            answered = asked[g.speaker][1]  # "Could you log it?" / "Will do."
            answered["due"] = answered["due"] or yes or None
            add_cite(answered, g)
        said_here = [c for x in prose.sentences(clean(g.text)) for c in _SECOND.split(x)]
        for at_k, raw in enumerate(said_here):
            sent = prose.false_starts(" ".join(raw.split()))
            heard[-1].append(sent)
            k = len(heard[-1]) - 1
            body = _lead_in(sent)
            if just and just[0] == k - 1 and just[1]["owner"] == g.speaker and \
                    (purpose := _PURPOSE.match(sent)):  # "I'll write to her. To say sorry."
                just[1]["action"] = f"{just[1]['action']}, t{_task(purpose.group(0))[1:]}"
                just[1]["due"] = just[1]["due"] or due_of(sent)
                just = (k, just[1])
                continue
            if told and told[0] in (n - 1, prev) and (
                    told[1] == g.speaker
                    or not told[1] and g.speaker not in ("", told[3].speaker)) and \
                    _ACCEPT.match(sent):
                _, owner, said, where = told  # "Priya, keep us posted" / "Will do."
                told, task, owner = None, _task(_for_asker(said, where.speaker)), owner or g.speaker
                if not any(a["owner"] == owner and a["action"] == task for a in out):
                    out.append({"owner": owner, "action": task,
                                "due": due_of(said) or due_of(sent),
                                "done": False, "citations": [cite(where), cite(g)]})
                continue
            if (m := _SEND_ME.match(body)) and g.speaker and _imperative(
                    said := _ASKERS_PART.split(m.group(0))[0].rstrip("?.!")):
                # "Send me the gate codes" / "I will.": the acceptance above says it back
                # with the asker's name (_for_asker)
                told = (n, "", said[0].lower() + said[1:], g)
            recent = {x.position for x in segs[max(0, n - 3):n + 1]}
            own = {x.position for x in segs[max(0, n - 1):n + 1] if x.speaker == g.speaker}
            if (new := _new_owner(body, known)) and (moved := next(
                    (a for a in reversed(out) if a["citations"][-1]["position"] in recent
                     and a["owner"] != new), None)) is not None or (
                    (new := _asked_back(body, people, g.speaker)) and (moved := next(
                        (a for a in reversed(out) if a["citations"][-1]["position"] in own
                         and a["owner"] == g.speaker), None)) is not None):
                for who, (_, req) in list(asked.items()):  # nobody else answers for it now
                    if req is moved:
                        del asked[who]
                if just and just[1] is moved:
                    just = None
                moved["owner"] = new  # "I'll hand that to Sam": Sam's alone
                moved.pop("_offer", None)
                add_cite(moved, g)
                asked[new] = (n, moved)  # the new owner's "Sure, I'll take it" joins it
                continue
            if _HAND_ON.search(body) and (kept := next(
                    (a for a in reversed(out) if a["citations"][-1]["position"] in recent),
                    None)) is not None:
                add_cite(kept, g)  # "I'll pass that to Facilities": still the owner's to see
                continue  # through, and no task of its own
            addressee = segs[n - 1].speaker if n and segs[n - 1].speaker != g.speaker else ""
            found = _commitment(body, g.speaker, people, addressee)
            if not found:
                if (m := _VOCATIVE.match(body)) and not body.endswith("?") and \
                        (who := _participant(m.group("name"), people)) and who != g.speaker:
                    told = (n, who, m.group("rest"), g)
                continue
            owner, task, due, offer, unconfirmed = found
            if _CALL.match(task) and not unnamed:
                continue  # "I'll keep time today", "I'll have a go": the call, not a task
            request = asked[owner][1] if owner in asked and asked[owner][0] >= n - 2 else None
            # asked for the playbook entry (or for "that"), answered with the write-up
            writes_it_up = request is not None and bool(_SESSION_WRITE_UP.match(task)) and (
                "playbook" in str(request["action"]).lower() or _empty(str(request["action"])))
            if request is not None and (writes_it_up or _takes_up(task, request)):
                if writes_it_up:
                    request["action"] = task
                request["due"] = request["due"] or due  # "Hannah, would you ...?" / "I'll
                add_cite(request, g)  # do it this week."
                if owner == g.speaker:
                    just = (k, request)
                continue
            held = next((a for a in reversed(out) if a["owner"] == owner and "_offer" in a),
                        None) if owner == g.speaker and not offer else None
            if held is not None and (task == held["action"] or _takes_up(task, held)
                                     or _shares_content(task, str(held["action"]))):
                del held["_offer"]  # "I could ring them if you want." ... "I'll ring them."
                if not _BARE.match(task) and \
                        len(_content(task)) > len(_content(str(held["action"]))):
                    held["action"] = task  # restated in full: "I'll clear out the store room"
                held["due"] = held["due"] or due
                add_cite(held, g)
                just = (k, held)
                continue
            if (len(task.split(",")[0].split()) < 2 or _NOW.search(task)
                    or (_MOVE.match(task) and not due)
                    or any(a["owner"] == owner and a["action"] == task for a in out)):
                continue
            said = task
            task = _antecedent(task, body, heard[-2:-1], people,
                               before=heard[-1][-2] if len(heard[-1]) > 1 else "",
                               request=owner != g.speaker)
            if task != said and _SESSION_WRITE_UP.match(said) and "playbook" in task.lower():
                task = said  # the playbook named before a bare write-up: the session's own
            if owner == g.speaker and request is not None:
                task = _to_asker(task, said, request)  # "post me X?" / "I'll email it"
            if owner == g.speaker:  # "... needs a new latch. I'll fit the latch."
                task = _fuller(task, names.upto(n, heard[-1][:-1]),
                               body[:max(0, body.find(said))])
            if owner == g.speaker and n and segs[n - 1].speaker not in ("", g.speaker):
                task = _addressee(task, segs[n - 1].speaker)  # "pencil you in" -> "pencil Ana in"
            points_back = task == said and bool(_BARE.match(said))
            if points_back and owner == g.speaker and just and just[0] in (k - 1, k):
                _follow_up(just[1], task, due)  # "I'll fix the hinge. I'll get it done Tuesday."
                add_cite(just[1], g)
                continue
            head = _SAYER.sub("", body[:max(0, body.lower().rfind(said.lower()))])
            earlier = heard[-1][:-1] or heard[-2][-1:] if n else heard[-1][:-1]
            if (stood := _proposal(head, earlier) if _PRO_FORM.match(task) else
                    _proposal(head, earlier, asked=True) if _empty(task) else ""):
                stood = _own_verb(task, stood)
                task = stood  # "I could reprint the badges, I'll handle it"
            elif (_empty(task) or _PRO_FORM.match(task)) and owner == g.speaker and n and \
                    segs[n - 1].speaker not in ("", g.speaker) and heard[-2] and \
                    all(len(x.split()) <= 3 for x in heard[-1][:-1]) and \
                    (stood := _handed(task, heard[-2][-1], segs[n - 1].speaker)):
                task = stood  # "Book me two slots." / "Yes, I'll book them."
            if owner == g.speaker and request is not None and not _ANOTHER.search(sent) and (
                    points_back or _shares_content(task, str(request["action"]))
                    or (asked[owner][0] in (n - 1, prev)  # the answer says how, or when, unless a
                        and not any(_shares_content(  # later task of the turn is the one
                            " ".join(_lead_in(x).split()[2:]), str(request["action"]))
                                    for x in said_here[at_k + 1:]))):
                more = len(_content(task)) - len(_content(str(request["action"])))
                if not _BARE.match(task) and (more > 0 or more == 0 and  # the doer's own verb:
                                              task.split()[0].lower() not in _GENERIC):
                    request["action"] = task  # "Ola, the keys?" / "I'll cut new keys"
                request["due"] = request["due"] or due
                add_cite(request, g)
                del asked[owner]
                just = (k, request)
                continue
            if any(a["owner"] == owner and a["action"] == task for a in out):
                continue
            again = next((a for a in out if a["owner"] == owner and "_offer" not in a
                          and _restates(task, str(a["action"]))), None)
            if owner == g.speaker and again is not None and not _ANOTHER.search(sent):
                if len(_content(task)) >= len(_content(str(again["action"]))):
                    again["action"] = task  # said again at the close, usually in full
                again["due"] = due or again["due"]
                add_cite(again, g)
                just = (k, again)
                continue
            action = {"owner": owner, "action": task, "due": due, "done": False,
                      "citations": [cite(g)]}
            if offer:
                action["_offer"] = True  # an action once taken up or restated
                if not due and not _IF_WANTED.search(sent):
                    action["_open"] = True  # "I can ask the caretaker": a bare yes agrees
            if unconfirmed:
                action["_unconfirmed"] = True  # an action once the asked person says yes
            if _NO_TASK.search(said) and not due:
                action["_no_task"] = True
            out.append(action)
            if owner != g.speaker:
                asked[owner] = (n, action)
            else:
                just = (k, action)
    kept = [a for a in out if (unnamed or not (_empty(str(a["action"])) or "_no_task" in a))
            and not _declined(a, segs) and ("_offer" not in a or _taken(a, segs))
            and "_unconfirmed" not in a]
    return [{k: (_session_task(v) if k == "action" else v) for k, v in a.items()
             if not k.startswith("_")} for a in kept]


def _session_task(task: str) -> str:
    """``task`` naming the session's pattern when it is the session's own write-up or puts
    "it" in the playbook with nothing else named ("write it up" -> "write up the pattern for
    the playbook", "add that to the playbook" -> "add the pattern to the playbook")."""
    if _SESSION_WRITE_UP.match(task):
        return "write up the pattern for the playbook"
    if m := _INTO_PLAYBOOK.match(task):
        return f"{m.group('verb').lower()} the pattern{m.group('prep')} the playbook"
    return task


def _new_owner(body: str, people: dict[str, str]) -> str:
    """Who ``body`` hands the task just agreed to ("I'll pass that to Sam", "Priya, could you
    take that instead?"): the full name of one of ``people``; "" for none, and for a name
    nobody answers to ("I'll pass that to Facilities": a team, not a person)."""
    if m := _HAND_ON.search(body):
        name = m.group("name")
        if due_of(name) or name.lower() in _PERSONAL:
            return ""
        return _participant(name, people)
    for rx in _INSTEAD:
        if (m := rx.search(body)) and (who := _participant(m.group("name"), people)):
            return who
    return ""


def _asked_back(body: str, people: dict[str, str], speaker: str) -> str:
    """The participant ``body`` asks by name to do what only a pro-form names ("Actually,
    Priya, you know the supplier, can you take it?"): said right after the speaker's own
    commitment, it hands that task on. "" when there is none."""
    m = _ASK_PRO.match(body)
    who = _participant(m.group("name"), people) if m else ""
    return who if who != speaker else ""


#: First words of a due date that are capitalised only because it starts the sentence.
_DATE_LEADS = frozenset({"by", "before", "on", "until", "till", "for", "at", "in", "within",
                         "after", "over", "ahead", "no", "tomorrow", "tonight", "today",
                         "this", "next", "the", "end", "early", "mid", "late"})


def _said_yes(turn: str) -> str | None:
    """The due date of a turn that says yes to what was just asked ("Will do, tonight.",
    "By Friday, yes."), read in its first sentence only (the next may date a task of its
    own): "" for a plain yes, None when the turn does not start with a yes."""
    first = next(iter(prose.sentences(turn)), "").strip()
    due = DUE.match(first)
    rest = first[due.end():].lstrip(" ,.") if due else first
    if not (_YES.match(rest) or _YES.match(_lead_in(rest))):
        return None
    if not due:
        return due_of(first) or ""
    said = " ".join(due.group(0).split())  # "By Friday, yes." -> "by Friday"
    return said[0].lower() + said[1:] if said.split()[0].lower() in _DATE_LEADS else said


def _passed_to(text: str, people: dict[str, str], speaker: str) -> str:
    """The participant other than ``speaker`` whom ``text`` addresses by name ("Omar, you
    drive past there?", "Can you, Priya?"); "" when none is."""
    for sent in prose.sentences(text):
        sent = _lead_in(" ".join(sent.split()))
        for m in (_VOCATIVE.match(sent), _NAME_LAST.search(sent)):
            if m and (who := _participant(m.group("name"), people)) and who != speaker:
                return who
    return ""


def _content(task: str) -> set[str]:
    from assistant.summarize.core import content_words

    return content_words(task) - _PERSONAL - {"it", "that", "this", "them", "those"}


def _shares_content(task: str, other: str) -> bool:
    """``task`` and ``other`` share a content word after their verbs (a thing named)."""
    return bool(_content(" ".join(task.split()[1:])) & _content(" ".join(other.split()[1:])))


def _restates(task: str, earlier: str) -> bool:
    """``task`` says ``earlier`` again: the same verb and a thing both name ("email Ana the
    rota" ... "email the rota and the key codes tonight")."""
    return task.split()[0].lower() == earlier.split()[0].lower() and \
        _shares_content(task, earlier)


def _empty(task: str) -> bool:
    """The task names nothing but a pronoun ("do that", "look into it", "send them over",
    "file it after the review")."""
    m = _BARE.match(task)
    return bool(m and _BARE_REST.match(m.group("rest"))) and not _WRITE_UP.match(task)


def _follow_up(action: dict[str, Any], task: str, due: str | None) -> None:
    """Fold a follow-up that points back at ``action`` into it: its due date, and its task
    when it adds one ("I'll brief the drivers. I'll text them tonight.")."""
    action["due"] = action["due"] or due
    if task.split()[0].lower() not in _GENERIC:
        joint = ", and " if "," in str(action["action"]) else " and "
        action["action"] = f"{action['action']}{joint}{task}"


def _proposal(head: str, before: Sequence[str], *, asked: bool = False) -> str:
    """The task a pro-form ("do that") stands for: a proposal or a gerund in the same
    sentence before it ("I could reprint the badges, ...", "which means relabelling the shelves,
    ..."), else in the sentence before (the turn before's last when it is the turn's first:
    "Could someone book the van?" / "I'll do that"); "" when there is none. ``asked``: only
    a proposal put as a question ("Can we get the rota on the board? Tom, could you put
    that up?", "Can we seat the new ones together?" / "I'll plan that in"), for a task whose
    verb is its own and whose object only a pronoun names."""
    from assistant.summarize.redact import spacy_parser

    for text in (head, before[-1] if before else ""):
        text = text.strip(" ,;:-")
        if not text or (asked and not text.endswith("?")):
            continue
        if m := (_PROPOSAL.search(text) or _ROOM_TASK.match(_lead_in(text))
                 or _WHO_DOES.match(_lead_in(text))):
            task = _task(m.group("rest"))
            if m.re is _WHO_DOES and not m.group("aux"):  # "Who writes it up?"
                task = _base_form(task.split()[0], "VBZ") + task[len(task.split()[0]):]
            if len(task.split()) >= 2 and not _empty(task):
                return task
        if asked:
            continue
        for t in spacy_parser()(text):
            if t.tag_ == "VBG" and t.dep_ in ("xcomp", "dobj", "ccomp", "pcomp", "attr",
                                              "advcl", "conj"):
                # the gerund stays as said ("relabelling the shelves"), as in a request
                task = _task(" ".join(w.text for w in t.subtree if w.i >= t.i))
                if len(task.split()) >= 2 and not _empty(task):
                    return task
    return ""


#: A task handed to the room as a statement ("And somebody tells the client the new date.",
#: "Someone needs to chase the council.").
_ROOM_SAID = re.compile(r"^(?:(?:and|so|also|then)\s+)?(?:someone|somebody)\s+(?:(?:needs? "
                        r"to|has to|should|must|will have to|ought to)\s+)?"
                        r"(?P<rest>[a-z][\w'’-]*\b.*)$", re.I)


def _base_form(verb: str, tag: str) -> str:
    """A verb of the third person singular in its base form ("tells" -> "tell", "carries" ->
    "carry", "fixes" -> "fix"); other forms as they are."""
    v = verb.lower()
    if tag != "VBZ" or not v.endswith("s"):
        return v
    if v.endswith("ies") and len(v) > 4:
        return v[:-3] + "y"
    if re.search(r"(?:ch|sh|ss|x|zz|o)es$", v):
        return v[:-2]
    return v[:-1]


def _imperative(sent: str) -> bool:
    """``sent`` is an order: its first word a verb in the base form heading the sentence
    ("Check the tyres while you're there.")."""
    from assistant.summarize.redact import spacy_parser

    doc = spacy_parser()(sent)
    return bool(len(doc) > 1 and doc[0].tag_ == "VB" and doc[0].dep_ == "ROOT")


def _acts_on(sent: str) -> bool:
    """The order ``sent`` acts on a thing: its verb has an object, or a preposition's, that
    is a noun and no word of manner or time ("Book me two slots", "Look into the heating");
    not "Go ahead", "Carry on, Ines", "Take your time"."""
    from assistant.summarize.redact import spacy_parser

    root = spacy_parser()(sent)[0]
    # after an indirect object ("Get me two quotes") the parse may hang the object on the
    # verb as a small clause or an adverbial noun
    objects = [c for c in root.children if c.dep_ in ("dobj", "attr", "ccomp", "oprd",
                                                       "npadvmod")
               and not due_of(" ".join(w.text for w in c.subtree))
               and (c.dep_ in ("dobj", "attr") or c.pos_ == "NOUN")]  # not "Carry on, Ines"
    objects += [o for c in root.children if c.dep_ in ("prep", "prt")
                for o in c.children if o.dep_ == "pobj"]
    return any(o.pos_ in ("NOUN", "PROPN") and o.lower_ not in _VAGUE_HEADS
               and o.lower_ not in ("care", "seat", "break", "breath", "rest", "turn", "chance")
               and o.lower_ not in _PERSONAL for o in objects)


def _handed(task: str, said: str, asker: str) -> str:
    """The task ``said`` (the last sentence of the turn before, by ``asker``) hands to whoever
    answers with ``task``, which names its object by a pronoun only: a task handed to the
    room ("And somebody tells the caterers the numbers." / "Me. I'll phone them.") or an
    order with the task's own verb ("Book me two slots and we'll pick one." / "Sure, I'll
    book them."). "" when ``said`` hands nothing over."""
    from assistant.summarize.redact import spacy_parser

    said = _lead_in(" ".join(said.split()))
    if m := _ROOM_SAID.match(said.rstrip("?")):
        rest = m.group("rest")
        verb = spacy_parser()(rest)[0]
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in ("be", "have", "do"):
            return ""
        rest = _base_form(verb.text, verb.tag_) + rest[len(verb.text):]
    elif not said.endswith("?") and said.split()[:1] and (
            said.split()[0].lower() == task.split()[0].lower()
            or _PRO_FORM.match(task) and _imperative(said)) and _acts_on(said):
        rest = said[0].lower() + said[1:]
    else:
        return ""
    rest = _ASKERS_PART.split(rest)[0]  # "... and we'll decide next week": the asker's part
    handed = _task(_for_asker(rest, asker))
    return handed if len(handed.split()) >= 2 and not _empty(handed) else ""


#: A task of a verb and a pronoun and at most a particle ("put that up", "book it in").
_VERB_PRONOUN = re.compile(r"^(?P<verb>[a-z][\w'’-]*) (?:it|that|this|them)"
                           r"(?P<particle>(?: (?:up|out|in|on|off|over|round|back|down))?)$",
                           re.I)


def _own_verb(task: str, stood: str) -> str:
    """``stood``, the proposal a pronoun task stands for, said with the task's own verb when
    the proposal's is a light one ("Can we get the rota on the board?" / "could you put that
    up?" -> "put up the rota on the board")."""
    m = _VERB_PRONOUN.match(task)
    verb = m.group("verb").lower() if m else ""
    if not m or verb in _GENERIC or stood.split()[0].lower() not in _GENERIC or \
            len(stood.split()) < 2:
        return stood
    return f"{verb}{m.group('particle')} {' '.join(stood.split()[1:])}"


def _taken(offer: dict[str, Any], segs: Sequence[Any]) -> bool:
    """Someone took up the offer in ``offer``: it answers a call to the room ("Could someone
    ring them?") or the next turn by someone else says yes ("Yes please", "That would be
    great")."""
    at = next((i for i, g in enumerate(segs)
               if g.position == offer["citations"][0]["position"]), None)
    if at is None:
        return False
    speaker = offer["citations"][0]["speaker"]
    if at and segs[at - 1].speaker not in ("", speaker) and \
            _WHO_WILL.search(segs[at - 1].text.strip()):
        return True
    for g in segs[at + 1:at + 3]:
        if g.speaker and g.speaker != speaker:
            said = g.text.strip()
            return bool(_TAKEN.match(said)) and not ("_open" in offer and _AGREED.match(said))
    return False


def _declined(action: dict[str, Any], segs: Sequence[Any]) -> bool:
    """The offer or request in ``action`` was turned down in the answer to it: the next
    turn by someone else for an offer, the asked person's next turn for a request."""
    first = action["citations"][0]
    if len(action["citations"]) > 1:
        return False  # taken up
    at = next((i for i, g in enumerate(segs) if g.position == first["position"]), None)
    if at is None:
        return False
    offer = action["owner"] == first["speaker"]
    for g in segs[at + 1:at + 3]:
        if not g.speaker or g.speaker == first["speaker"]:
            continue
        if offer or g.speaker == action["owner"]:
            return bool(_DECLINE.match(_lead_in(g.text.strip())))
    return False


#: A task whose object is "it" or "them": verb, optional particle, the pronoun, the rest
#: ("file it", "bring them along on Tuesday", "type it up"). "That" and "this" mostly
#: point back to a whole statement ("I'll add that"), not to a thing, so they stay.
_PRONOUN_TASK = re.compile(r"^(?P<verb>[a-z][\w'’-]*)(?P<pre>(?: (?:up|out|over|round|back|on|"
                           r"off|in|through|forward|along|across|down))?) (?P<pro>it|them)"
                           r"(?P<rest>\b.*)$", re.I)
#: What may follow the pronoun when it is the task's object: nothing, a particle, a
#: preposition or a conjunction. Anything else makes it an indirect object ("send them the
#: rota") and the task is left as it is.
_AFTER_OBJECT = frozenset({"up", "out", "over", "round", "around", "back", "on", "off", "in",
                           "into", "onto", "to", "for", "with", "at", "by", "from", "before",
                           "after", "through", "down", "across", "along", "under", "and",
                           "so", "once", "when", "as", "again", "first", "today", "tonight",
                           "tomorrow", "this", "next"})
#: Head nouns too general to say what the task is about ("the thing", "a bit").
_VAGUE_HEADS = frozenset({"thing", "things", "way", "lot", "bit", "time", "times", "one",
                          "ones", "stuff", "point", "idea", "question", "sense", "kind", "sort",
                          "minute", "moment", "second", "while", "today", "tonight", "day",
                          "week", "month", "year", "morning", "afternoon", "evening", "night",
                          "end", "start", "step", "case"})
_PERSONAL = frozenset({"i", "you", "we", "they", "he", "she", "me", "us", "them", "him",
                       "her", "y'all", "everyone", "everybody", "someone", "somebody",
                       "anyone", "anybody", "people", "folks", "guys", "team"})
#: Roles a noun phrase plays when it names what a pronoun can point back to.
#: Not a verb's active subject: that is who acted ("the supplier changed the number").
_ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "pobj", "attr", "appos", "dative"})
#: The roles of a thing a request's pronoun points back to in the asker's sentence before:
#: what a verb acts on or what is said to be wanted, not a place or a time said in passing.
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr"})


def _antecedent(task: str, body: str, turns: Sequence[Sequence[str]],
                people: dict[str, str], *, before: str = "", request: bool = False) -> str:
    """``task`` with "it" or "them" as its object ("forward it") replaced by the thing it
    points back to: the first thing of the right number named earlier in the same sentence
    ("the signed lease came back, I'll file it" -> "file the signed lease"), else in the
    question that ends the turn before (the last of ``turns``, each turn's sentences:
    "Can you send the rota?" / "I'll send it tonight"). Unchanged when nothing fits.
    A topic said first comes before both: a noun phrase opening the sentence ("And the new
    signage, I'll post it") or making up the sentence before ("Minutes. I'll write them
    up"). A request also looks at what a verb acts on in the asker's sentence just before
    ("We need a new padlock. Can you buy it?"). The speaker's other earlier sentences, and
    the turn before's last sentence when it is no question, are not searched: their nearest
    thing is mostly not what "it" stands for (on the tuning sessions searching them changed
    four tasks, all for the worse, in session 16: "draw it up" after a sentence about the van
    read "draw the van up"; the turn before's last sentence, in session 19, twelve tasks)."""
    m = _PRONOUN_TASK.match(task)
    if not m:
        return task
    rest = m.group("rest").lstrip(" ,")
    if rest and rest.split()[0].lower() not in _AFTER_OBJECT:
        return task
    at = body.lower().rfind(task.lower())
    if at < 0:  # the due date was cut from inside the task ("post it Monday at noon")
        at = body.lower().rfind(m.group(0)[:m.end("pro")].lower())
    head = body[:at] if at > 0 else ""
    for text in (head, before):  # "And the new signage, I'll post it", "Minutes. I'll ..."
        if topic := _topic_only(_SAYER.sub("", text).strip(), bare=text is before):
            return _about(task, topic)
    asked = turns[-1][-1] if turns and turns[-1] else ""
    context = [head, asked if asked.endswith("?") else ""]
    if request:  # "We need a new padlock. Can you buy it?": a verb's object
        context.insert(1, before)
    plural = m.group("pro").lower() == "them"
    for text in context:
        deps = _OBJECT_DEPS if request and text is before else _ARGUMENT_DEPS
        found = _first_thing(text, people, plural=plural, deps=deps) if text.strip() else ""
        if found:
            return f"{m.group('verb')}{m.group('pre')} {found}{m.group('rest')}"
    return task


#: A task whose object is "the" and one noun ("fit the latch", "ring the hall").
_THE_NOUN = re.compile(r"^(?P<verb>[a-z][\w'’-]*(?: (?:up|out|over|round|back|on|off|in|"
                       r"through|down))?) the (?P<noun>[a-z][\w'’-]*)(?P<rest>\b.*)$")


def _fuller_names(text: str) -> dict[str, str]:
    """Head noun -> the fuller words ``text`` names it with ("a new spring latch" ->
    latch: "new spring latch"): its first noun phrase of two words or more for that noun,
    determiners and pronouns left out, a time ("next week") not counted."""
    from assistant.summarize.redact import spacy_parser

    out: dict[str, str] = {}
    for c in spacy_parser()(text).noun_chunks if text.strip() else ():
        words = [w for w in c if w.pos_ not in ("DET", "PRON") and not w.is_punct]
        if len(words) >= 2 and not DUE.search(c.text):
            out.setdefault(c.root.lower_, " ".join(w.text for w in words))
    return out


class _TurnNames:
    """What :func:`_fuller` searches, read once per sentence: for each head noun, the
    fuller words the latest sentence of the turn naming it used. A turn's sentences are
    parsed only once a task asks, and each only once, however many tasks the turn holds
    (searching them again for each task was quadratic in a long turn)."""

    def __init__(self) -> None:
        self.turn, self.read, self.names = -1, 0, dict[str, str]()

    def upto(self, turn: int, sentences: Sequence[str]) -> dict[str, str]:
        """The names of ``sentences``, turn ``turn``'s sentences so far, later ones first."""
        if turn != self.turn:
            self.turn, self.read, self.names = turn, 0, {}
        for text in sentences[self.read:]:
            self.names |= _fuller_names(text)  # a later sentence's words win
        self.read = max(self.read, len(sentences))
        return self.names


def _fuller(task: str, named: Mapping[str, str], head: str = "") -> str:
    """``task`` with a bare "the NOUN" object ("fit the latch") in the fuller words that the
    speaker named it with just before in the same turn (``named``, from
    :class:`_TurnNames`; ``head``: the words before the task in its own sentence, which come
    first): "The side gate needs a new spring latch, ..." -> "fit the new spring latch".
    Unchanged when nothing names it more fully."""
    m = _THE_NOUN.match(task)
    if not m or m.group("noun") in _VAGUE_HEADS:
        return task
    words = _fuller_names(head).get(m.group("noun")) or named.get(m.group("noun"))
    return f"{m.group('verb')} the {words}{m.group('rest')}" if words else task


def _first_thing(text: str, people: dict[str, str], *, plural: bool,
                 deps: frozenset[str] = _ARGUMENT_DEPS) -> str:
    """The first noun phrase of ``text`` that names a thing of the given number (not a
    person, a pronoun, a time or a vague word); "" when there is none."""
    from assistant.summarize.redact import spacy_parser

    for c in spacy_parser()(text).noun_chunks:
        root = c.root
        if root.lower_ in _PERSONAL or any(t.lower_ in people for t in c):
            continue  # the people talking, not what they talk about
        if root.pos_ == "PRON":
            return ""  # "is anything in the wiki about it?": the thing is not named
        if (root.pos_ != "NOUN" or root.dep_ not in deps
                or (root.tag_ == "NNS") != plural or root.lower_ in _VAGUE_HEADS
                or DUE.fullmatch(c.text)):
            continue
        words = c.text.split()
        of = next((w for w in root.rights if w.dep_ == "prep" and w.lower_ == "of"
                   and any(x.dep_ == "pobj" for x in w.children)), None)
        if of is not None:  # "a copy of the lease": the thing's "of" is part of its name
            words += [w.text for w in of.subtree]
        if words[0].lower() in ("my", "your", "our", "his", "her", "their"):
            words[0] = "the"
        elif words[0].lower() in ("the", "a", "an", "this", "that", "these", "those"):
            words[0] = words[0].lower()
        return " ".join(words)
    return ""


def _addressee(task: str, person: str) -> str:
    """``task`` in the third person: "you" and "your" become the person the speaker was
    answering (a task "send you the link" reads as nothing once the session is over)."""
    first = person.split()[0]
    task = re.sub(r"\byour\b", f"{first}'s", task)
    return re.sub(r"\byou\b", first, task)


def _takes_up(task: str, request: dict[str, Any]) -> bool:
    """``task`` only says yes to ``request``: a pro-form ("do it") or the request's own verb
    with a pronoun ("add it" after "can you add a field ...?")."""
    words = task.lower().split()
    return bool(_PRO_FORM.match(task)) or (
        len(words) in (2, 3) and words[1] in ("it", "that", "this", "them")
        and words[2:] in ([], ["up"], ["out"], ["on"], ["off"], ["over"], ["in"])
        and str(request.get("action", "")).lower().split()[:1] == words[:1])


def _lead_in(sent: str) -> str:
    """The sentence without its leading acknowledgements ("Okay, so, ...")."""
    return re.sub(r"^(?:(?:okay|ok|so|yeah|yes|right|sure|fine|great|and|then|um|uh|"
                  r"alright)\b[,.!]?\s*)+", "", sent, flags=re.I).strip()


def _commitment(body: str, speaker: str, people: dict[str, str], addressee: str = ""
                ) -> tuple[str, str, str | None, bool, bool] | None:
    """(owner, task, due, offer, unconfirmed) said in ``body``, a sentence without its
    lead-in (:func:`_lead_in`), or None. ``offer``: the speaker offers rather than commits
    ("I could ring them by Friday", "I'll ring them if you want"). ``unconfirmed``: a
    question to ``addressee``, the one who just spoke, that names nobody ("Could you log
    the readings?"), an action only once they say yes."""
    for rx in (_ASK, _ASK_TAIL):
        m = rx.match(body)
        if m and _SPEAK_NOW.match(m.group("rest")) and not due_of(m.group("rest")):
            return None  # "could you tell us how it went?": talk in the session, not a task
        if m and _NOT_A_TASK.match(m.group("rest")):
            return None  # "Tom, you'll love the new hall", "Tom, would you like a copy?"
        will = bool(re.search(r"\byou(?:['’]ll| will)\s", m.group(0))) if m else False
        if m and will and (not body.endswith("?") or re.match(r"(?:find|see|know)\b",
                                                                m.group("rest"), re.I)):
            return None  # "Tom, you'll need a key for the shed.": a statement
        if m and (who := _participant(m.group("name"), people)) and who != speaker:
            task = _task(_for_asker(m.group("rest"), speaker))
            if topic := m.groupdict().get("topic"):
                task = _about(task, topic)
            return who, task, due_of(m.group("rest")), False, will
    m = _NAMED.match(body)
    if m and (who := _participant(m.group("name"), people)) and not body.endswith("?"):
        return who, _task(_for_asker(m.group("rest"), speaker)), due_of(m.group("rest")), \
            False, False
    m = _ASK_THIRD.match(body)
    if m and speaker and (who := _participant(m.group("name"), people)) and who != speaker \
            and not (_SPEAK_NOW.match(rest := m.group("rest")) or _NOT_ASKED.match(rest)
                     or _NOT_A_TASK.match(rest)):
        return who, _task(_for_asker(rest, speaker)), due_of(rest), False, True
    m = _ASK_YOU.match(body)
    if m and addressee and speaker and not (
            _SPEAK_NOW.match(rest := m.group("rest")) or _NOT_ASKED.match(rest)
            or _NOT_A_TASK.match(rest)):
        return addressee, _task(_for_asker(rest, speaker)), due_of(rest), False, True
    if body.endswith("?") or not speaker:
        return None
    m = _LEAVE.search(body)
    if m and _BARE.match(f"do {m.group('rest')}") and _SELF.search(body[m.end():]):
        m = None  # "Just leave it with me, then I'll type it up": the task comes after
    if m:
        return speaker, _task(m.group("rest")), due_of(body), False, False
    m = _SELF.search(body)
    if m and (_REPORTED.search(body[:m.start()]) or _HYPOTHETICAL.search(body[:m.start()])):
        return None  # "she says I'll get a refund", "if we ever had one, I'll ..."
    if m and not _NOT_ACTIONS.match(m.group("rest")):
        rest = m.group("rest")
        return speaker, _task(rest), due_of(rest), bool(_IF_WANTED.search(rest)), False
    m = _SELF_WEAK.search(body)
    if m and not _NOT_ACTIONS.match(rest := m.group("rest")) and (
            due_of(rest) or _IF_WANTED.search(rest)):
        offer = bool(_OFFER.match(m.group(0)) or _IF_WANTED.search(rest))
        return speaker, _task(rest), due_of(rest), offer, False
    if m and _OPEN_OFFER.match(m.group(0)) and not _NOT_ACTIONS.match(rest) and \
            not _NO_OFFER.match(rest):
        return speaker, _task(rest), None, True, False  # "I can ask the caretaker": an offer
    return None


#: A sentence, or a sentence's start, that is only a noun phrase ("The rota.", "And the new
#: signage,"): the topic of what follows.
_TOPIC_ONLY = re.compile(rf"(?:(?:and|so|as for|now|then|right|okay|ok)\b[,]?\s*)*"
                         rf"(?P<topic>(?i:{_TOPIC}))\s*[,.:;-]*", re.I)


#: A sentence that is one to three words and a full stop ("Minutes.", "Fire doors.").
_BARE_TOPIC = re.compile(r"(?P<topic>[A-Za-z][\w'’-]*(?: [a-z][\w'’-]*){0,2})\s*\.")


def _topic_only(text: str, *, bare: bool = False) -> str:
    """The noun phrase ``text`` is made of (:data:`_TOPIC_ONLY`), when the parse reads it as
    one noun phrase naming a thing; "" otherwise ("the old one goes in the skip" is a
    clause). ``bare``: ``text`` is a sentence of its own, which may name its topic without
    an article ("Rota. I'll send it tonight.")."""
    from assistant.summarize.redact import spacy_parser

    if m := _TOPIC_ONLY.fullmatch(text):
        topic, named = m.group("topic"), True
    elif bare and (m := _BARE_TOPIC.fullmatch(text)) and _lead_in(text.rstrip(". ")) and \
            not _AGREED.match(text):  # "Cheers. I'll type it up.": no thing named
        topic, named = "the " + m.group("topic").lower(), False
    else:
        return ""
    doc = spacy_parser()(topic)
    chunks = list(doc.noun_chunks)
    if len(chunks) != 1 or chunks[0].text != topic or chunks[0].root.pos_ != "NOUN" or \
            chunks[0].root.lower_ in _VAGUE_HEADS:
        return ""
    if not named and any(t.pos_ not in ("NOUN", "PROPN", "DET") for t in doc):
        return ""  # "Right.", "Good shout.": an answer, not a thing named
    return topic


def _about(task: str, topic: str) -> str:
    """``task`` said about ``topic``, the noun phrase said before it: the topic stands for its
    pronoun object ("order them" -> "order the spare batteries"), else the task is for it
    ("write a short note" -> "write a short note for the fire drill")."""
    topic = topic.strip()
    first = topic.split()[0]
    if first.lower() in ("my", "your", "our", "his", "her", "their"):
        topic = "the " + " ".join(topic.split()[1:])  # the asker's or the asked one's
    elif first[0].isupper():
        topic = first.lower() + topic[len(first):]
    m = _PRONOUN_TASK.match(task)
    if m and (not m.group("rest").strip(" ,")
              or m.group("rest").lstrip(" ,").split()[0].lower() in _AFTER_OBJECT):
        return f"{m.group('verb')}{m.group('pre')} {topic}{m.group('rest')}"
    return task if _empty(task) else f"{task} for {topic}"


def render_actions(actions: Sequence[dict[str, Any]]) -> list[str]:
    """One line per action: "Owner: action, due" (and "done" when marked done)."""
    lines = []
    for a in actions:
        line = f"{a.get('owner') or 'Someone'}: {a.get('action', '')}"
        if a.get("due"):
            line += f", {a['due']}"
        if a.get("done"):
            line += " (done)"
        lines.append(line)
    return lines
