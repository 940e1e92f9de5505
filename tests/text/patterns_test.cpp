// The extractor's pattern families (include/newsprov/text/patterns/), one test
// case each, on sentences written for these tests: the content, source and cue
// spans and the kind the family produces, and the near misses it must leave alone.
#include <newsprov/text/extract.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace t = newsprov::text;

namespace {

/// One attribution as text: each role's parts joined with " | ".
struct seen {
    std::string content, source, cue, kind, speaker;
};

std::string joined(std::string_view text, const std::vector<t::span>& parts) {
    std::string out;
    for (const t::span& p : parts) {
        if (!out.empty()) out += " | ";
        out += text.substr(p.begin, p.end - p.begin);
    }
    return out;
}

std::vector<seen> attributions(std::string_view text) {
    const t::extraction x = t::extract(text);
    std::vector<seen> out;
    for (const t::attribution& a : x.attributions)
        out.push_back({joined(text, a.content), joined(text, a.source), joined(text, a.cue), std::string(to_string(a.kind)),
                       a.speaker});
    return out;
}

/// The only attribution of `text` (fails the test when there is not exactly one).
seen only(std::string_view text) {
    const std::vector<seen> all = attributions(text);
    INFO("text: " << text);
    REQUIRE(all.size() == 1);
    return all.front();
}

}  // namespace

TEST_CASE("content before cue: 'C,' X said / C, X said") {
    const seen q = only("\"The bridge will reopen in May,\" the engineer said.");
    CHECK(q.content == "\"The bridge will reopen in May,\"");
    CHECK(q.source == "the engineer");
    CHECK(q.cue == "said");
    CHECK(q.kind == "direct");

    const seen p = only("The factory closed in March, Ana Ruiz said.");
    CHECK(p.content == "The factory closed in March");
    CHECK(p.source == "Ana Ruiz");
    CHECK(p.cue == "said");
    CHECK(p.kind == "indirect");
    CHECK(p.speaker == "Ana Ruiz");
}

TEST_CASE("content before an inverted cue: a split quotation around a participle aside") {
    const seen split = only("\"The ferry is late,\" said Ruiz, speaking of the island, \"and the pier is worse.\"");
    CHECK(split.content == "\"The ferry is late,\" | \"and the pier is worse.\"");
    CHECK(split.source == "Ruiz");
    CHECK(split.kind == "direct");
}

TEST_CASE("content before an inverted cue: 'C,' said X, an appositive") {
    const seen a = only("\"We are not leaving,\" said Maria Lopez, a union organizer.");
    CHECK(a.content == "\"We are not leaving,\"");
    CHECK(a.source == "Maria Lopez, a union organizer");
    CHECK(a.cue == "said");
    CHECK(a.kind == "direct");
    CHECK(a.speaker == "Maria Lopez");
}

TEST_CASE("cue before content: X said (that) C, told reporters, a mixed quote") {
    const seen a = only("The mayor said that the budget would be balanced by spring.");
    CHECK(a.content == "that the budget would be balanced by spring");
    CHECK(a.source == "The mayor");
    CHECK(a.cue == "said");
    CHECK(a.kind == "indirect");

    // the addressee is skipped: neither cue nor content
    const seen told = only("The dean told reporters that classes would resume on Monday.");
    CHECK(told.content == "that classes would resume on Monday");
    CHECK(told.source == "The dean");
    CHECK(told.cue == "told");

    // auxiliaries and adverbs before the verb, "in a statement" after it, belong to the cue
    const seen cue = only("The governor has also said in a statement that taxes will fall.");
    CHECK(cue.cue == "has also said in a statement");
    CHECK(cue.content == "that taxes will fall");

    const seen mixed = only("The minister called the plan \"a disaster for farmers\" on Tuesday.");
    CHECK(mixed.kind == "mixed");
    CHECK(mixed.source == "The minister");
    CHECK(mixed.cue == "called");
}

TEST_CASE("cue before content: a participle takes the sentence's earlier source") {
    const std::vector<seen> all = attributions("The chief said the road was safe, adding that crews had worked overnight.");
    REQUIRE(all.size() == 2);
    CHECK(all[0].content == "the road was safe");
    CHECK(all[0].cue == "said");
    CHECK(all[1].content == "that crews had worked overnight");
    CHECK(all[1].cue == "adding");
    CHECK(all[1].source == "The chief");
}

TEST_CASE("cue before content: X said: and the next paragraph's quotation") {
    const seen a = only("The senator said:\n\n\"We must act now on the river cleanup before summer.\"");
    CHECK(a.content == "\"We must act now on the river cleanup before summer.\"");
    CHECK(a.source == "The senator");
    CHECK(a.cue == "said");
    CHECK(a.kind == "direct");
    // an opening phrase before "he declared:" is no content of its own
    const seen opener = only("In a speech at the pier, he declared:\n\n\"The ferry will run again.\"");
    CHECK(opener.content == "\"The ferry will run again.\"");
    CHECK(opener.source == "he");
}

TEST_CASE("a quotation continued in the next sentence") {
    const seen a = only("\"We will rebuild,\" she said. \"It will take years.\"");
    CHECK(a.content == "\"We will rebuild,\" | \"It will take years.\"");
    CHECK(a.source == "she");
    CHECK(a.kind == "direct");
}

TEST_CASE("contracted auxiliary: he's claimed that C") {
    const seen a = only("He's claimed that the audit was rigged.");
    CHECK(a.content == "that the audit was rigged");
    CHECK(a.source == "He");
    CHECK(a.cue == "'s claimed");  // the cue starts at the auxiliary's apostrophe
}

TEST_CASE("according to X, before and after the content") {
    const seen before = only("According to the county clerk, turnout rose sharply this year.");
    CHECK(before.content == "turnout rose sharply this year");
    CHECK(before.source == "the county clerk");
    CHECK(before.cue == "According to");

    const seen after = only("Turnout rose sharply this year, according to the county clerk.");
    CHECK(after.content == "Turnout rose sharply this year");
    CHECK(after.source == "the county clerk");
    CHECK(after.cue == "according to");
    CHECK(after.kind == "indirect");
}

TEST_CASE("headline: a capitalized speech verb in a title-case line") {
    const seen a = only("Governor Says New Tax Plan Will Help Farmers");
    CHECK(a.content == "New Tax Plan Will Help Farmers");
    CHECK(a.source == "Governor");
    CHECK(a.cue == "Says");
    // outside a headline a capitalized "Said" is a name
    CHECK(attributions("Edward Said wrote books about many places.").empty());
}

TEST_CASE("transcript: NAME: what they said") {
    const seen a = only("HARRIS: We have never seen numbers like these in our district before.");
    CHECK(a.content == "We have never seen numbers like these in our district before");
    CHECK(a.source == "HARRIS");
    CHECK(a.cue == ":");
    CHECK(a.speaker == "HARRIS");
    // a headline label is no speaker
    CHECK(attributions("The Latest: Storm hits the coast near the old harbor town today.").empty());
    CHECK(attributions("Breaking: The harbor board just made an announcement about the ferry plan.").empty());
    CHECK(only("EXCLUSIVE: Council papers show the depot was sold for a dollar last year.").source ==
          "Council papers");
}

TEST_CASE("pull quote credited with a dash") {
    const seen a = only("\"Every child deserves a safe school.\" \u2014 Dana Whitfield");
    CHECK(a.content == "\"Every child deserves a safe school.\"");
    CHECK(a.source == "Dana Whitfield");
    CHECK(a.cue == "\u2014");
    CHECK(a.kind == "direct");
}

TEST_CASE("poll: In a poll, C") {
    const seen a = only("In a Gallup poll, 48 percent of voters favored the measure.");
    CHECK(a.content == "48 percent of voters favored the measure");
    CHECK(a.source == "a Gallup poll");
    CHECK(a.cue == "In");
    // "in" before a place is no poll
    CHECK(attributions("In a small village, the harvest failed.").empty());
    // a document that shows: evidence named by a poll
    const seen shows = only("A recent poll shows a narrow lead for the incumbent.");
    CHECK(shows.source == "A recent poll");
    CHECK(shows.cue == "shows");
    CHECK(shows.content == "a narrow lead for the incumbent");
    // closing: one poll named after the clause reports it; polling in general does not
    const seen closing = only("The mayor leads the race in a Harbor Gazette survey.");
    CHECK(closing.source == "a Harbor Gazette survey");
    CHECK(closing.content == "The mayor leads the race");
    CHECK(attributions("The mayor has a slight lead in the polls.").empty());
    CHECK(attributions("The governor has been mired in single digits in national polls.").empty());
}

TEST_CASE("question: when asked whether C, X was asked whether C") {
    const seen when = only("When asked whether the plant would close, the manager shook his head.");
    CHECK(when.content == "whether the plant would close");
    CHECK(when.cue == "asked");
    CHECK(when.source.empty());  // the one asked is not the source

    const seen passive = only("Lopez was asked whether she would run again.");
    CHECK(passive.content == "whether she would run again");
    CHECK(passive.cue == "was asked");
    CHECK(passive.source.empty());
    // "asked to" with no question reports nothing
    CHECK(attributions("The team was asked to leave the field.").empty());
}

TEST_CASE("left source: nouns that look like cues are no speakers") {
    const seen family = only("The family said they would appeal.");
    CHECK(family.source == "The family");
    CHECK(family.cue == "said");
    CHECK(attributions("His remarks drew applause from the crowd.").empty());
}

TEST_CASE("stance: X backs / opposes / favors an object phrase") {
    const seen backed = only("The port union backed the harbour levy, which passed in June.");
    CHECK(backed.content == "the harbour levy");
    CHECK(backed.source == "The port union");
    CHECK(backed.cue == "backed");

    // the object ends before a second verb of the same subject
    const std::vector<seen> two = attributions("Mayor Ilse Berg opposed the tunnel and said it would cost too much.");
    REQUIRE(two.size() == 2);
    CHECK(two[0].content == "the tunnel");
    CHECK(two[0].cue == "opposed");
    CHECK(two[1].cue == "said");

    const seen relative = only("Farmers who favor the new quota are mostly young.");
    CHECK(relative.content == "the new quota");
    CHECK(relative.source == "who");

    // a verb of motion or a plain form after a noun is no stance
    CHECK(attributions("The truck backed away from the gate.").empty());
    CHECK(attributions("They came back in 2019 to rebuild the school.").empty());
    // a poll still reports the stance its respondents took
    const seen poll = only("In a Civitas survey, 61 percent of parents favored longer breaks.");
    CHECK(poll.content == "61 percent of parents favored longer breaks");
    CHECK(poll.source == "a Civitas survey");
}

TEST_CASE("source: a circumstance after a comma is not part of the source") {
    const seen a = only("Hollis, after the council vote, said the depot would close.");
    CHECK(a.source == "Hollis");
    CHECK(a.content == "the depot would close");
    // an appositive stays: it names the source
    const seen b = only("Rina Osei, the port's treasurer, said the fees would rise.");
    CHECK(b.source == "Rina Osei, the port's treasurer");
}

TEST_CASE("cue before content: a contracted subject opens the clause without 'that'") {
    const seen thought = only("I think it\u2019s a fair price.");
    CHECK(thought.content == "it\u2019s a fair price");
    CHECK(thought.cue == "think");
    const seen belief = only("Dr. Amara Lind believes we're close to a cure.");
    CHECK(belief.content == "we're close to a cure");
    CHECK(belief.source == "Dr. Amara Lind");
    // a possessive is no contracted subject
    CHECK(attributions("She knows Tom's brother.").empty());
}

TEST_CASE("content ends where a quotation closed after a comma hands over to its speaker") {
    // the appositive between the name and the verb does not hide the attribution
    const std::vector<seen> all =
        attributions("She argued that \"the levy is fair,\" Rosa Diaz, 61, a retired teacher, said on Friday.");
    REQUIRE(all.size() == 1);
    CHECK(all.front().source == "Rosa Diaz, 61, a retired teacher");
    CHECK(all.front().content == "She argued that \"the levy is fair,\"");
    // what the mayor wants is the aides' report, not the mayor's own
    const seen according = only("The mayor wants to \"open the port by June,\" according to two aides.");
    CHECK(according.source == "two aides");
    CHECK(according.content == "The mayor wants to \"open the port by June,\"");
}

TEST_CASE("content end: a closing appositive stays out") {
    const seen appositive = only("Officials said Okafor won the county by 900 votes, a narrow margin for a favourite.");
    CHECK(appositive.content == "Okafor won the county by 900 votes");
    // an appositive with a verb of its own is a clause: it stays
    const seen clause = only("Officials said Okafor won the county, a result that was expected.");
    CHECK(clause.content == "Okafor won the county, a result that was expected");
}

TEST_CASE("cue before content: the addressee of 'asked X to' is part of what was asked") {
    const seen asked = only("The mayor asked the harbour board to delay the vote.");
    CHECK(asked.content == "the harbour board to delay the vote");
    CHECK(asked.source == "The mayor");
    CHECK(asked.cue == "asked");
    // a clause after the addressee is the content on its own
    const seen told = only("The mayor told the harbour board that the vote would wait.");
    CHECK(told.content == "that the vote would wait");
}

TEST_CASE("cue before content: a relative pronoun heads the reported clause") {
    const std::vector<seen> all =
        attributions("Turnout rose in the north, which officials say could decide the race.");
    REQUIRE(all.size() == 1);
    CHECK(all[0].content == "which | could decide the race");
    CHECK(all[0].source == "officials");
    CHECK(all[0].cue == "say");
}

TEST_CASE("stance phrase: a verb, adjective or noun with its preposition reports its object") {
    const seen verb = only("Councillor Beth Arno railed against the parking levy.");
    CHECK(verb.content == "the parking levy");
    CHECK(verb.source == "Councillor Beth Arno");
    CHECK(verb.cue == "railed against");
    const seen talked = only("The minister talked about the drought relief fund.");
    CHECK(talked.content == "the drought relief fund");
    CHECK(talked.cue == "talked about");
    const seen adjective = only("Farmers were deeply skeptical of the water plan.");
    CHECK(adjective.content == "the water plan");
    CHECK(adjective.source == "Farmers");
    CHECK(adjective.cue == "were deeply skeptical of");
    const seen light = only("The union voiced concerns about the night shifts.");
    CHECK(light.content == "the night shifts");
    CHECK(light.source == "The union");
    CHECK(light.cue == "voiced concerns about");
    const seen possessive = only("She escalated her attacks on the ferry contract.");
    CHECK(possessive.source == "She");
    CHECK(possessive.cue == "escalated her attacks on");
    const seen opening = only("His support for the ferry contract is well known.");
    CHECK(opening.source == "His");
    CHECK(opening.content == "the ferry contract");
    // a progressive or a phase verb before the participle keeps its subject
    const seen progressive = only("The mayor is talking about raising the ferry fares.");
    CHECK(progressive.source == "The mayor");
    CHECK(progressive.cue == "is talking about");
    CHECK(progressive.content == "raising the ferry fares");
    CHECK(only("The mayor began talking about the ferry fares.").cue == "began talking about");
}

TEST_CASE("stance phrase: near misses name no holder") {
    // a noun inside another phrase is what that phrase is about
    CHECK(attributions("The report covers the mayor's support for the ferry contract in detail.").empty());
    // receiving questions names no one who asked them
    CHECK(attributions("The campaign faced questions about its spending.").empty());
    // a participle without a subject of its own
    CHECK(attributions("The meeting got people talking about the budget.").empty());
    // a newsroom formula
    CHECK(attributions("The company did not respond to a request for comment.").empty());
}

TEST_CASE("stance verb: a group or a share of one takes the plain form") {
    const seen share = only("Sixty percent of respondents oppose the new toll.");
    CHECK(share.content == "the new toll");
    CHECK(share.cue == "oppose");
    const seen party = only("Most Republicans favor a smaller budget.");
    CHECK(party.source == "Most Republicans");
    CHECK(party.content == "a smaller budget");
    // a singular name still needs the inflected form
    CHECK(attributions("Grant support for the library ended.").empty());
}

TEST_CASE("cue before content: an object before 'to' is part of what is wanted or expected") {
    const seen expect = only("Engineers expect the bridge to reopen in May.");
    CHECK(expect.content == "the bridge to reopen in May");
    CHECK(expect.cue == "expect");
    const seen want = only("She wants voters to know the cost.");
    CHECK(want.content == "voters to know the cost");
    // "to" before a name is a preposition: a trip is no report
    CHECK(attributions("The mayor plans a trip to Boston.").empty());
}

TEST_CASE("cue before content: a bare clause opened by a determiner or 'you'") {
    const seen think = only("I think this meeting is too late.");
    CHECK(think.content == "this meeting is too late");
    const seen know = only("I know you don't want a recount.");
    CHECK(know.content == "you don't want a recount");
}

TEST_CASE("source: a time before the verb, a group's example or body stay in or out as they should") {
    const seen last = only("Councillor Ames last year said the depot would close.");
    CHECK(last.source == "Councillor Ames");
    const seen soon = only("The treasurer soon learned that the fund was short.");
    CHECK(soon.source == "The treasurer");
    const seen like = only("Critics like Nadia Osman say the plan is rushed.");
    CHECK(like.source == "Critics like Nadia Osman");
    const seen place = only("Lena Park, 34, of Tacoma, Wash., said the ferry was late.");
    CHECK(place.source == "Lena Park, 34, of Tacoma, Wash");
    const seen body = only("The majority on the Harbour Commission said the fees were too low.");
    CHECK(body.source == "The majority on the Harbour Commission");
}

TEST_CASE("noun clause: a reporting noun and its 'that' clause") {
    const seen held = only("Okafor's assertion that the port would close had alarmed the unions.");
    CHECK(held.source == "Okafor's");
    CHECK(held.cue == "assertion");
    CHECK(held.content == "that the port would close had alarmed the unions");
    const seen nobody = only("The rumors that the mill would close were false.");
    CHECK(nobody.source.empty());
    CHECK(nobody.cue == "The rumors");
    const seen light = only("The council gave assurances that the pool will reopen.");
    CHECK(light.source == "The council");
    CHECK(light.cue == "gave assurances");
    // after a subject, "claim" is the verb: its subject is the source
    const seen verb = only("Many residents claim that the vote was rigged.");
    CHECK(verb.source == "Many residents");
    CHECK(verb.cue == "claim");
}

TEST_CASE("colon quotation: the subject or the names before the colon speak the quotation") {
    const seen resisted = only("Halvorsen resisted: \"Governors cannot suspend the law.\"");
    CHECK(resisted.source == "Halvorsen");
    CHECK(resisted.cue == "resisted");
    CHECK(resisted.content == "\"Governors cannot suspend the law.\"");
    CHECK(resisted.kind == "direct");
    const seen names = only("More from Lena Park and Omar Diaz: \"The data point one way.\"");
    CHECK(names.source == "Lena Park and Omar Diaz");
    CHECK(names.cue.empty());
    // no speaker named: a colon before a quoted line is no attribution
    CHECK(attributions("The menu had one line: \"Soup of the day.\"").empty());
}

TEST_CASE("a report inside a stance's object ends it; 'upon saying' reports") {
    const std::vector<seen> all =
        attributions("The vote turned on who backed the levy that Mayor Ines Lund said, \"We cannot afford this.\"");
    REQUIRE(all.size() == 2);
    CHECK(all[0].cue == "backed");
    CHECK(all[0].content == "the levy");
    CHECK(all[1].source == "Mayor Ines Lund");
    CHECK(all[1].content == "\"We cannot afford this.\"");
    const seen upon = only("Ortega drew cheers upon saying, \"The plant stays open.\"");
    CHECK(upon.cue == "saying");
    CHECK(upon.content == "\"The plant stays open.\"");
}

TEST_CASE("credit line: a dash and a name under a quotation paragraph name its speaker") {
    const std::string text = "\"Wages have not moved in ten years.\"\n\n- Rosa Alvarez.\n\nThe figure is out of date.\n";
    const seen credit = only(text);
    CHECK(credit.content == "\"Wages have not moved in ten years.\"");
    CHECK(credit.source == "Rosa Alvarez");
    CHECK(credit.kind == "direct");
    // a quotation already credited in its own paragraph is not credited twice
    const std::vector<seen> twice =
        attributions("\"Wages have not moved,\" Rosa Alvarez said.\n\n- Rosa Alvarez.\n");
    CHECK(twice.size() == 1);
}

TEST_CASE("casting verbs report 'X as Y'") {
    const seen portrayed = only("The senator portrayed the tariff as a tax on farmers.");
    CHECK(portrayed.content == "the tariff as a tax on farmers");
    CHECK(portrayed.cue == "portrayed");
    CHECK(portrayed.source == "The senator");
    // without "as" a casting verb is literal
    CHECK(attributions("The volunteers painted the fence on Sunday.").empty());
}

TEST_CASE("colon quotation: a name and a verb before the colon end an earlier content") {
    const std::vector<seen> all =
        attributions("Lee said the plan had worked, to which Ortega interjected: \"It has not.\"");
    REQUIRE(all.size() == 2);
    CHECK(all[0].content == "the plan had worked");
    CHECK(all[1].source == "Ortega");
    CHECK(all[1].cue == "interjected");
    CHECK(all[1].content == "\"It has not.\"");
}

TEST_CASE("source: a plain-form homograph after a group or an appositive is the verb") {
    const seen fear = only("Some teachers fear the new timetable will shorten lunch.");
    CHECK(fear.source == "Some teachers");
    CHECK(fear.cue == "fear");
    CHECK(fear.content == "the new timetable will shorten lunch");
    const seen call = only("And 58 percent call the mayor honest.");
    CHECK(call.source == "58 percent");
    CHECK(call.content == "the mayor honest");
    const seen appositive = only("Odile Brun, the harbour master, claims the pier is unsafe.");
    CHECK(appositive.source == "Odile Brun, the harbour master");
    CHECK(appositive.cue == "claims");
    // a verb or a preposition after the homograph makes it a noun
    CHECK(attributions("The monthly jobs report showed little change.").empty());
    CHECK(attributions("He won 41 percent support among young voters.").empty());
}

TEST_CASE("cue before content: a bare noun phrase opens a thought's clause") {
    const seen believe = only("Many growers believe cheap water is gone for good.");
    CHECK(believe.source == "Many growers");
    CHECK(believe.content == "cheap water is gone for good");
    // without an auxiliary soon after, the words are an object, not a clause
    CHECK(attributions("Many growers believe cheap water claims from rivals.").empty());
}

TEST_CASE("coordinated reports: a second report ends the first content, after a quotation too") {
    const std::vector<seen> participles = attributions(
        "Mayor Lund spoke carefully, conceding that the depot was late but warning that costs would rise.");
    REQUIRE(participles.size() == 2);
    CHECK(participles[0].content == "that the depot was late");
    CHECK(participles[1].cue == "warning");
    CHECK(participles[1].source == "Mayor Lund");
    CHECK(participles[1].content == "that costs would rise");
    const std::vector<seen> quoted =
        attributions("Ibsen answered, \"We never hid it,\" but he denied that the files were lost.");
    REQUIRE(quoted.size() == 2);
    CHECK(quoted[0].content == "\"We never hid it,\"");
    CHECK(quoted[1].cue == "denied");
    CHECK(quoted[1].content == "that the files were lost");
    // a quotation that runs on into its own clause stays whole (mixed)
    const seen mixed = only("She called the budget \"a fantasy\" and a waste.");
    CHECK(mixed.content == "the budget \"a fantasy\" and a waste");
}

TEST_CASE("cue span: an adverb inside a progressive or after a perfect's auxiliary") {
    const seen progressive = only("Union leaders are increasingly admitting that the strike failed.");
    CHECK(progressive.cue == "are increasingly admitting");
    CHECK(progressive.source == "Union leaders");
    // any modifier a cue may hold ("now", "still") may stand inside a progressive too
    const seen now = only("Party leaders are now openly questioning the ferry plan.");
    CHECK(now.cue == "are now openly questioning");
    CHECK(now.source == "Party leaders");
    const seen perfect = only("The ministry has since stressed that no data were lost.");
    CHECK(perfect.cue == "has since stressed");
    CHECK(perfect.source == "The ministry");
    // "since" as a conjunction is no part of a cue
    const seen conj = only("Since Lee resigned, Park said the board has been quiet.");
    CHECK(conj.cue == "said");
}

TEST_CASE("source: a relative clause and a group's place stay inside the phrase") {
    const std::vector<seen> all = attributions("Farmers who oppose the levy agree that prices will rise.");
    REQUIRE(all.size() == 2);
    CHECK(all[0].cue == "oppose");
    CHECK(all[0].content == "the levy");
    CHECK(all[1].source == "Farmers who oppose the levy");
    CHECK(all[1].cue == "agree");
    CHECK(all[1].content == "that prices will rise");
    const seen on = only("Members on the finance committee argue that the audit was rushed.");
    CHECK(on.source == "Members on the finance committee");
    // a single name before "on" keeps its verb: the phrase is no group
    const seen name = only("Lee on Monday said the audit was rushed.");
    CHECK(name.source == "Lee");
}

TEST_CASE("source: an approximation of a number and a conjunction stay inside the phrase") {
    const seen about = only("About six in 10 tenants said the rent rose.");
    CHECK(about.source == "About six in 10 tenants");
    const seen adjectives = only("Two current and former clerks said the ledger was altered.");
    CHECK(adjectives.source == "Two current and former clerks");
    const seen mixed = only("Ms. Ortiz and the county auditor said the ledger was altered.");
    CHECK(mixed.source == "Ms. Ortiz and the county auditor");
    // a verb before "and" belongs to another clause
    const std::vector<seen> verb = attributions("The clerk resigned and the auditor said the ledger was altered.");
    REQUIRE(verb.size() == 1);
    CHECK(verb[0].source == "the auditor");
}

TEST_CASE("passive judgment: the subject is part of what is judged, and nobody is named") {
    const seen as = only("The ferry service is widely regarded as the best on the coast.");
    CHECK(as.cue == "is widely regarded as");
    CHECK(as.content == "The ferry service | the best on the coast");
    CHECK(as.source.empty());
    const seen to = only("The treasurer was said to be angry about the audit.");
    CHECK(to.cue == "was said");
    CHECK(to.content == "The treasurer | to be angry about the audit");
    // a literal passive with its agent reports nothing
    CHECK(attributions("The ferry was seen by hundreds of people.").empty());
}

TEST_CASE("asked opener: the question put to the subject is reported with no source") {
    const std::vector<seen> all =
        attributions("Asked on Tuesday whether the pool would reopen, the manager said it would.");
    REQUIRE(all.size() == 2);
    CHECK(all[0].cue == "Asked");
    CHECK(all[0].content == "whether the pool would reopen");
    CHECK(all[0].source.empty());
    CHECK(all[1].source == "the manager");
    const seen when = only("When asked at the hearing about the fees, she changed the subject.");
    CHECK(when.cue == "asked");
    CHECK(when.content == "about the fees");
    // a request for a thing is no question
    CHECK(attributions("Asked for his papers, the driver drove off.").empty());
}

TEST_CASE("'called' after an indefinite thing names it; after a speaker it judges") {
    CHECK(attributions("They hired a consultancy called Northwind Analytics.").empty());
    const seen judged = only("The mayor called Northwind Analytics a costly mistake.");
    CHECK(judged.source == "The mayor");
    CHECK(judged.content == "Northwind Analytics a costly mistake");
}

TEST_CASE("cue span: an attempt or a phase before 'to' is part of the cue") {
    const seen tried = only("The director tried to defend the new schedule.");
    CHECK(tried.cue == "tried to defend");
    CHECK(tried.source == "The director");
    CHECK(tried.content == "the new schedule");
    const seen continued = only("The union has continued to insist that the deal is void.");
    CHECK(continued.cue == "has continued to insist");
    CHECK(continued.content == "that the deal is void");
    // an attempt at something that is no report stays out
    CHECK(attributions("The director tried to fix the new schedule.").empty());
}

TEST_CASE("cue span: a bare weekday after the verb is part of the cue, 'on Friday' is not") {
    const seen bare = only("\"The pier is safe,\" the inspector said Tuesday.");
    CHECK(bare.cue == "said Tuesday");
    const seen night = only("The inspector said Tuesday night that the pier is safe.");
    CHECK(night.cue == "said Tuesday night");
    CHECK(night.content == "that the pier is safe");
    const seen on = only("The inspector said on Tuesday that the pier is safe.");
    CHECK(on.cue == "said");
    CHECK(on.content == "that the pier is safe");
}

TEST_CASE("source: a discourse adverb leaves it, a share of a pronoun and 'X and other Ys' stay") {
    const seen however = only("Supporters of the levy, however, said the cost was low.");
    CHECK(however.source == "Supporters of the levy");
    const seen share = only("Some of them said the pier would close.");
    CHECK(share.source == "Some of them");
    const seen other = only("Ms. Ortiz and other clerks said the ledger was altered.");
    CHECK(other.source == "Ms. Ortiz and other clerks");
    // a pronoun after "of" without a share is its own phrase's object
    const seen plain = only("Because of them, Lee said the pier would close.");
    CHECK(plain.source == "Lee");
}

TEST_CASE("participle: after a quotation's inner comma or a dash it reports for the subject") {
    const std::vector<seen> quoted = attributions("The mayor praised the \"bold, honest plan,\" saying it would cut costs.");
    REQUIRE(quoted.size() == 2);
    CHECK(quoted[0].content == "the \"bold, honest plan,\"");  // the closing mark stays in the content
    CHECK(quoted[1].source == "The mayor");
    CHECK(quoted[1].cue == "saying");
    CHECK(quoted[1].content == "it would cut costs");
    const seen dash = only("The coach changed her mind on the spot \u2013 saying she would start the rookie.");
    CHECK(dash.source == "The coach");
    CHECK(dash.content == "she would start the rookie");
    // the whole subject phrase, not its first capitalized word
    const std::vector<seen> phrase =
        attributions("The county's public health director defended the rule, saying it saved lives.");
    REQUIRE(phrase.size() == 2);
    CHECK(phrase[1].source == "The county's public health director");
}

TEST_CASE("participle: after an issued document it reports for the issuer; after 'with' for its subject") {
    const seen issued = only("The school board released a statement Monday saying the vote was fair.");
    CHECK(issued.source == "The school board");
    CHECK(issued.cue == "released a statement Monday saying");
    CHECK(issued.content == "the vote was fair");
    // a document that is itself the subject is not issued by anyone named
    CHECK(attributions("A letter saying the rent was due arrived on Friday.").empty());
    const seen with = only("The council is split, with the mayor calling for a delay.");
    CHECK(with.source == "the mayor");
    CHECK(with.cue == "calling for");
    CHECK(with.content == "a delay");
}

TEST_CASE("cue span: the feeling 'expressed' names joins the cue before its clause or preposition") {
    const seen concern = only("The union expressed concern that the plant would close.");
    CHECK(concern.cue == "expressed concern");
    CHECK(concern.content == "that the plant would close");
    const seen support = only("The union voiced support for the strike.");
    CHECK(support.cue == "voiced support for");
    CHECK(support.content == "the strike");
    const seen thanks = only("The union expressed its thanks.");
    CHECK(thanks.cue == "expressed");
    CHECK(thanks.content == "its thanks");
    CHECK(only("The senator wrote on Twitter that the vote was rigged.").cue == "wrote on Twitter");
}

TEST_CASE("complement: circumstances, a numbered addressee and 'earlier this month' come before 'that'") {
    CHECK(only("The chairwoman said at the hearing that the rules were fair.").content == "that the rules were fair");
    CHECK(only("The sheriff told WXYZ 7 that the road was closed.").content == "that the road was closed");
    CHECK(only("The governor announced earlier this month that the program would end.").content ==
          "that the program would end");
}

TEST_CASE("content end: after its last quotation a content ends as plain reported speech does") {
    const std::vector<seen> although = attributions("She said the plan was \"reckless,\" although she backs the goal.");
    REQUIRE_FALSE(although.empty());
    CHECK(although[0].content == "the plan was \"reckless,\"");
    CHECK(only("He called the rival \"a fraud\" -- a charge the rival denied.").content == "the rival \"a fraud\"");
    // a comma inside a quotation that goes on is no break
    CHECK(only("She said the plan was \"reckless, although well meant, and late.\"").content ==
          "the plan was \"reckless, although well meant, and late.\"");
}

TEST_CASE("source: a compound with a hyphen and a plural's possessive stay whole") {
    CHECK(only("The 50-state survey found that most voters were undecided.").source == "The 50-state survey");
    CHECK(only("The Johnsons' lawyer said the sale was legal.").source == "The Johnsons' lawyer");
    CHECK(only("The Johnsons\u2019 lawyer said the sale was legal.").source == "The Johnsons\u2019 lawyer");
}

TEST_CASE("content before cue: a short addressee after 'told' ends the clause") {
    const seen told = only("The plant will close in June, the company's owner told a county panel Wednesday.");
    CHECK(told.content == "The plant will close in June");
    CHECK(told.source == "the company's owner");
    CHECK(told.cue == "told");
}

TEST_CASE("adjective clause: a stance adjective after a copula reports its 'that' clause") {
    const seen confident = only("His donors remain confident that he will win.");
    CHECK(confident.source == "His donors");
    CHECK(confident.cue == "remain confident");
    CHECK(confident.content == "that he will win");
    CHECK(only("Her advisers are not convinced that the message will work.").cue == "are not convinced");
    // nobody holds a doubt that "it" was
    CHECK(attributions("It was doubtful that he would quit.").empty());
}

TEST_CASE("content end: a report inside a subordinate clause ends at the clause's comma") {
    const std::vector<seen> opening =
        attributions("While the mayor has said the budget is sound, the council wants an audit.");
    REQUIRE_FALSE(opening.empty());
    CHECK(opening[0].source == "the mayor");
    CHECK(opening[0].content == "the budget is sound");
    const std::vector<seen> inner =
        attributions("The mayor, though she said the budget was sound, asked for an audit.");
    REQUIRE_FALSE(inner.empty());
    CHECK(inner[0].content == "the budget was sound");
    // a quotation runs on past the clause's comma
    const std::vector<seen> quoted =
        attributions("While the mayor said \"the budget, as I see it, is sound,\" the council wants an audit.");
    REQUIRE_FALSE(quoted.empty());
    CHECK(quoted[0].content == "\"the budget, as I see it, is sound,\"");
}

TEST_CASE("content before cue: what follows 'told' is its addressee, not an inverted source") {
    const seen told = only("\"We need steady hands,\" Ana Ruiz, a union organizer, told the Daily Ledger.");
    CHECK(told.source == "Ana Ruiz, a union organizer");
    CHECK(told.content == "\"We need steady hands,\"");
}

TEST_CASE("coordinated reports: a new speaker, an auxiliary's plain form and a second participle") {
    const std::vector<seen> speaker = attributions(
        "The agency said it is running out of cash, and Ms. Acosta said the \"extraordinary measures\" were "
        "unsustainable.");
    REQUIRE(speaker.size() == 2);
    CHECK(speaker[0].content == "it is running out of cash");
    CHECK(speaker[1].source == "Ms. Acosta");
    const std::vector<seen> note =
        attributions("He did not mention his rivals by name but did note that he had won the most states.");
    REQUIRE(note.size() == 2);
    CHECK(note[0].content == "his rivals by name");
    CHECK(note[1].cue == "did note");
    const std::vector<seen> participles =
        attributions("The senator was criticizing the pipeline and calling for a ban on drilling.");
    REQUIRE(participles.size() == 2);
    CHECK(participles[1].source == "The senator");
    CHECK(participles[1].cue == "calling for");
    CHECK(participles[1].content == "a ban on drilling");
    const std::vector<seen> records = attributions(
        "The jet was insured at $35 million in 2011, records show, and aviation experts say it is worth less.");
    REQUIRE(records.size() == 2);
    CHECK(records[0].content == "The jet was insured at $35 million in 2011");
    CHECK(records[1].source == "aviation experts");
}

TEST_CASE("judgments: 'cast X as Y', and a judgment's participle after a preposition") {
    const seen cast = only("Clinton cast her rival as a man with a narrow message.");
    CHECK(cast.cue == "cast");
    CHECK(cast.content == "her rival as a man with a narrow message");
    CHECK(attributions("The voters cast their ballots on Tuesday.").empty());
    const seen describing = only("The mayor was criticized for describing the levy as a small fee.");
    CHECK(describing.source == "The mayor");
    CHECK(describing.cue == "describing");
    CHECK(describing.content == "the levy as a small fee");
    // without "as" the participle after a preposition reports nothing
    CHECK(attributions("The mayor was criticized for describing the levy.").empty());
}

TEST_CASE("source: a short relative clause, 'Current and former', an opener's state and time") {
    CHECK(only("Current and former officials who spoke with the Ledger said the agency is a shell.").source ==
          "Current and former officials who spoke with the Ledger");
    const std::vector<seen> opener = attributions(
        "At a rally in Ames, Iowa, on Sunday, Mrs. Clinton defended the plan, saying that it would work.");
    REQUIRE(opener.size() == 2);
    CHECK(opener[1].source == "Mrs. Clinton");
    CHECK(opener[1].content == "that it would work");
}

TEST_CASE("content end: a bare plural subject and its speech verb end the sentence's report") {
    const std::vector<seen> police =
        attributions("The crew agreed to reopen the pier by June, harbor officials said Tuesday.");
    REQUIRE(police.size() == 1);
    CHECK(police[0].source == "harbor officials");
    CHECK(police[0].content == "The crew agreed to reopen the pier by June");
    // ", as officials said" is the content's own clause
    const seen as = only("The crew agreed to reopen the pier, as officials said.");
    CHECK(as.content == "to reopen the pier, as officials said");
}

TEST_CASE("source and cue: a floating 'all' or 'both' joins the cue; a list of names is one source") {
    const seen all = only("Mendes, Okafor and Lindqvist have all described the levy as a tax on the poor.");
    CHECK(all.source == "Mendes, Okafor and Lindqvist");
    CHECK(all.cue == "have all described");
    CHECK(only("The two councillors both argued that the depot should close.").cue == "both argued");
    // opening the sentence, or after "and", the word is the subject
    CHECK(only("Both argued that the depot should close.").source == "Both");
    // an opening phrase before the names stays out of the list
    CHECK(only("In Leeds, Mendes, Okafor and Lindqvist said the depot should close.").source ==
          "Mendes, Okafor and Lindqvist");
}

TEST_CASE("sentence subject: an adverb, a participle or a phrase before it is no source") {
    const std::vector<seen> then =
        attributions("Then she turned on the council, calling the levy a \"quiet theft\" of wages.");
    REQUIRE(then.size() == 1);
    CHECK(then[0].source == "she");
    const std::vector<seen> by = attributions(
        "By the end of the week, Mayor Ruiz had met the union and said that the depot would stay open.");
    REQUIRE(by.size() == 1);
    CHECK(by[0].source == "Mayor Ruiz");
    const std::vector<seen> arriving =
        attributions("Arriving at the pier, Ms. Okafor thanked the crews, saying they had saved the town.");
    REQUIRE(arriving.size() == 1);
    CHECK(arriving[0].source == "Ms. Okafor");
    const std::vector<seen> dateline = attributions(
        "LEEDS, England (Wire) - Mayor Ruiz toured the flooded depot and said the town would rebuild it.");
    REQUIRE(dateline.size() == 1);
    CHECK(dateline[0].source == "Mayor Ruiz");
}

TEST_CASE("homographs: a plural cue noun before a preposition is a noun; a time may precede 'that'") {
    CHECK(attributions("Arson attacks in Leeds and York raised fears across the region.").empty());
    const seen post = only("The Gazette reports on Monday that the depot will close.");
    CHECK(post.source == "The Gazette");
    CHECK(post.content == "that the depot will close");
    CHECK(only("Mayor Ruiz attacks the council on its budget.").cue == "attacks");
}

TEST_CASE("lexicon: verbs that establish a fact attribute nothing") {
    CHECK(attributions("The audit proved that the fund was empty.").empty());
    CHECK(attributions("Engineers determined that the bridge was safe.").empty());
    // a verb of evidence still reports its source's finding
    CHECK(only("The audit showed that the fund was empty.").source == "The audit");
}

TEST_CASE("told: an addressee that ends the sentence is no content") {
    // the question closes its own sentence; what follows "told" is whom it was told
    for (const seen& a : attributions("\u201cIs the depot safe?\u201d Ruiz told the Harbor Radio network."))
        CHECK(a.content != "network");
    CHECK(only("Ruiz told reporters the depot was safe.").content == "the depot was safe");
}

TEST_CASE("inverted source: a concession after it is a clause of its own") {
    const std::vector<seen> though = attributions(
        "\"The delay hurts a little,\" said harbor chief Ana Ruiz, though she added that the ferry would run.");
    REQUIRE(though.size() == 2);
    CHECK(though[0].source == "harbor chief Ana Ruiz");
    CHECK(though[1].cue == "added");
    CHECK(though[1].content == "that the ferry would run");
}

TEST_CASE("medial source: a quotation that goes on in lower case completes the words before it") {
    const seen completes =
        only("If the levy passes, the mayor said, \"the depot will close by June.\"");
    CHECK(completes.source == "the mayor");
    CHECK(completes.content == "If the levy passes | \"the depot will close by June.\"");
    // a quotation that is a sentence of its own is all that was said
    CHECK(only("On the levy, the mayor said, \"We will not back down.\"").content == "\"We will not back down.\"");
}

TEST_CASE("put it: 'as X put it' reports what is quoted beside it") {
    const seen opening = only("As one ferry captain put it, \"We are tired of waiting.\"");
    CHECK(opening.source == "one ferry captain");
    CHECK(opening.cue == "put it");
    CHECK(opening.content == "\"We are tired of waiting.\"");
    const seen closing = only("\"The depot will not close,\" as Ruiz put it.");
    CHECK(closing.source == "Ruiz");
    CHECK(closing.content == "\"The depot will not close,\"");
    CHECK(attributions("He put it on the table and left.").empty());
    CHECK(attributions("The board is putting it on hold.").empty());
}

TEST_CASE("crowds and phases: 'chants of' a quotation, 'began chanting', 'kept insisting'") {
    const seen chants = only("The mayor was met with chants of \"Save our ferry!\"");
    CHECK(chants.cue == "chants of");
    CHECK(chants.content == "\"Save our ferry!\"");
    CHECK(attributions("The calls of the gulls were loud.").empty());
    const seen began = only("Supporters began chanting \"Save our ferry!\"");
    CHECK(began.source == "Supporters");
    CHECK(began.cue == "began chanting");
    CHECK(only("The mayor kept insisting that the depot was safe.").cue == "kept insisting");
}

TEST_CASE("told: a programme's quoted title and a place's state belong to the addressee") {
    const seen title = only("She told Harbor Radio's \"Morning Tide\" on Monday the depot was safe.");
    CHECK(title.content == "the depot was safe");
    const seen place = only("Ruiz told a town hall in Leeds, England on Monday that the depot was safe.");
    CHECK(place.content == "that the depot was safe");
}

TEST_CASE("sources: a document and who made it; a lower-case title before an inverted source's name") {
    const seen study = only("Pupils sit 112 tests before they graduate, a study by the Council of City Schools found.");
    CHECK(study.source == "a study by the Council of City Schools");
    CHECK(study.content == "Pupils sit 112 tests before they graduate");
    const seen title = only("The fund is $9 million short, said former harbor chief Ana Ruiz.");
    CHECK(title.source == "former harbor chief Ana Ruiz");
    CHECK(title.content == "The fund is $9 million short");
    // a circumstance after the cue is no source
    const seen of = only("\"The fund is short,\" Ruiz, the harbor chief, said of the depot.");
    CHECK(of.source == "Ruiz, the harbor chief");
}

TEST_CASE("content before cue: 'on condition of anonymity' after the cue is no second part") {
    CHECK(only("The depot will close, he said, on condition of anonymity.").content == "The depot will close");
    // a clause after the cue still is
    CHECK(only("The depot, he said, will close in June.").content == "The depot | will close in June");
}

TEST_CASE("content before cue: a medium and a programme's title after the cue end it") {
    const seen medium =
        only("The depot will stay open, she said Wednesday morning on Harbor Radio's \"Morning Tide.\"");
    CHECK(medium.content == "The depot will stay open");
    CHECK(medium.source == "she");
}

TEST_CASE("content end: a named speaker after 'and' ends a content between its quotations") {
    const std::vector<seen> two = attributions(
        "Ruiz accuses the board of \"hiding the bill\" and Mayor Lee says the council is \"dragging its feet.\"");
    REQUIRE(two.size() == 2);
    CHECK(two[0].content == "the board of \"hiding the bill\"");
    CHECK(two[1].source == "Mayor Lee");
}

TEST_CASE("sources: a cue word after an article or a possessive is a noun of the phrase") {
    const seen talks = only("Two engineers familiar with the talks said the depot would close.");
    CHECK(talks.source == "Two engineers familiar with the talks");
    CHECK(talks.content == "the depot would close");
    CHECK(only("A clerk familiar with Ruiz's thinking said the depot would close.").source ==
          "A clerk familiar with Ruiz's thinking");
}

TEST_CASE("quotations: three apostrophes close the inner single quotation, then the double one") {
    const seen nested = only("''They keep saying 'the depot is safe,''' said Ana Ruiz, a harbor pilot.");
    CHECK(nested.content == "''They keep saying 'the depot is safe,'''");
    CHECK(nested.source == "Ana Ruiz, a harbor pilot");
    CHECK(nested.kind == "direct");
}

TEST_CASE("cue before content: a thought's clause without 'that' may have a past verb after a name") {
    const seen went = only("Ruiz thinks Lee went too far with the depot.");
    CHECK(went.content == "Lee went too far with the depot");
    CHECK(went.cue == "thinks");
    // an object is no clause
    CHECK(attributions("Ruiz knows Lee well.").empty());
}

TEST_CASE("content before cue: a named addressee, a compound medium and a counted group after the cue") {
    const seen paper = only("The depot will close, Ana Ruiz told The Harbor Post.");
    CHECK(paper.content == "The depot will close");
    CHECK(paper.source == "Ana Ruiz");
    const seen video = only("The depot will close, she said in a video message.");
    CHECK(video.content == "The depot will close");
    const seen group = only("The depot will close, said several pilots.");
    CHECK(group.source == "several pilots");
    CHECK(group.content == "The depot will close");
}

TEST_CASE("passive agent: what is said of the subject, by the agent") {
    const seen perfect = only("The harbor plan has been criticized by the pilots' union.");
    CHECK(perfect.content == "The harbor plan");
    CHECK(perfect.cue == "has been criticized");
    CHECK(perfect.source == "the pilots' union");
    const seen reduced = only("The depot plan, opposed by the council, was dropped in May.");
    CHECK(reduced.content == "The depot plan");
    CHECK(reduced.cue == "opposed");
    CHECK(reduced.source == "the council");
    // the noun's own phrase, the agent without what follows it
    const seen inner = only("A judge blocked the toll law, rejected by pilots for its cost.");
    CHECK(inner.content == "the toll law");
    CHECK(inner.source == "pilots");
    // a time, a margin or an offer is no agent's view
    CHECK(attributions("The depot was criticized by Friday's deadline.").size() <= 1);
    CHECK(attributions("The vote was won by 10 points.").empty());
    CHECK(attributions("A truce was offered by the council.").empty());
    // a paragraph may end on the agent's "of" (no token after it)
    const seen cut_off = only("The depot plan was criticized by the council of");
    CHECK(cut_off.source == "the council of");
}

TEST_CASE("sources: a cue word after 'of' is a noun; 'US' in capitals is no pronoun") {
    const seen state = only("The secretary of state said the depot would close.");
    CHECK(state.source == "The secretary of state");
    const seen us = only("\"The depot is safe,\" US Senator Ana Ruiz said as she left.");
    CHECK(us.source == "US Senator Ana Ruiz");
    CHECK(us.content == "\"The depot is safe,\"");
}

TEST_CASE("content before cue: 'said about X' after a quotation ending in '?' is a circumstance") {
    const seen question = only("\"Why close the depot?\" Ruiz said about the plan.");
    CHECK(question.content == "\"Why close the depot?\"");
    CHECK(question.source == "Ruiz");
    CHECK(only("Ruiz said about the plan that it was dead.").content == "that it was dead");
}

TEST_CASE("content before cue: a quotation after another cue's participle is no inverted report") {
    const std::vector<seen> found =
        attributions("Ruiz, citing ''the spirit of the harbor,'' said the depot could stay open.");
    REQUIRE_FALSE(found.empty());
    CHECK(found[0].cue == "citing");
    for (const seen& a : found) CHECK(a.source != "the depot could stay open");
}

TEST_CASE("colon quotation: the cue is the verb, not its addressee and circumstances") {
    const seen colon = only("He told his audience, to loud applause: \"The depot stays open.\"");
    CHECK(colon.cue == "told");
    CHECK(colon.source == "He");
    CHECK(colon.content == "\"The depot stays open.\"");
}

TEST_CASE("sources: a cue word after a number is a noun ('the four states')") {
    const seen states = only("Pilots across the four states -- and most harbor clerks -- said that the depot is safe.");
    CHECK(states.source == "Pilots across the four states -- and most harbor clerks");
}

TEST_CASE("content before cue: a title and a name in apposition after a quotation are one source") {
    const seen title = only("\"The depot stays open,\" the harbor spokesman, Ana Ruiz, said.");
    CHECK(title.source == "the harbor spokesman, Ana Ruiz");
    CHECK(title.content == "\"The depot stays open,\"");
    CHECK(title.kind == "direct");
}

TEST_CASE("sources: a subject pronoun joined by 'and' belongs to the source") {
    const seen joined_source = only("He and two harbor pilots said the depot was safe.");
    CHECK(joined_source.source == "He and two harbor pilots");
    CHECK(joined_source.content == "the depot was safe");
}

TEST_CASE("cue span: a copula and an adjective of readiness before 'to' belong to the cue") {
    const seen likely = only("Harbor pilots were slightly more likely to say they trusted the mayor.");
    CHECK(likely.cue == "were slightly more likely to say");
    CHECK(likely.source == "Harbor pilots");
    CHECK(likely.content == "they trusted the mayor");
    const seen reluctant = only("The union was reluctant to endorse Mayor Ruiz.");
    CHECK(reluctant.cue == "was reluctant to endorse");
    CHECK(reluctant.content == "Mayor Ruiz");
    // an adjective without its copula names no reporter
    CHECK(attributions("A report likely to say the depot is safe came out.").empty());
}

TEST_CASE("cue span: a progressive attempt before 'to' belongs to the cue, and the verb after it is no noun") {
    const seen trying = only("The mayor is trying to show the depot is safe.");
    CHECK(trying.cue == "is trying to show");
    CHECK(trying.source == "The mayor");
    CHECK(trying.content == "the depot is safe");
}

TEST_CASE("content end: a contrast after ', but' stays inside the report when it has no subject of its own") {
    CHECK(only("Ruiz said the depot should close at night, but not on weekends.").content ==
          "the depot should close at night, but not on weekends");
    CHECK(only("Ruiz said that the depot was safe, but that the pier was not.").content ==
          "that the depot was safe, but that the pier was not");
    CHECK(only("Ruiz said the pilots had called, but couldn't find the logs.").content ==
          "the pilots had called, but couldn't find the logs");
    CHECK(only("Ruiz said the depot would stay open, even if the pier closed.").content ==
          "the depot would stay open, even if the pier closed");
    // a new subject after "but" is the writer's clause
    CHECK(only("Ruiz said the depot was safe, but the council disagreed.").content == "the depot was safe");
    CHECK(only("Ruiz assumed the depot was safe, but that was wrong.").content == "the depot was safe");
}

TEST_CASE("sources: a cue word after 'the' right before the cue is the speaking noun ('the note says')") {
    const seen note = only("\"Keep the depot open,\" the note says.");
    CHECK(note.source == "the note");
    CHECK(note.content == "\"Keep the depot open,\"");
    CHECK(only("The state admitted it had closed the depot.").source == "The state");
}

TEST_CASE("cue span: a preposition right after the cue verb joins the cue, its object is the content") {
    const seen argued = only("The mayor argued for a ban on night shipping.");
    CHECK(argued.cue == "argued for");
    CHECK(argued.content == "a ban on night shipping");
    CHECK(only("Ruiz wrote of the harbor's decline.").cue == "wrote of");
    // "about" before a number approximates it
    const seen about = only("Ruiz has said about 20 pilots wanted the depot closed.");
    CHECK(about.cue == "has said");
    CHECK(about.content == "about 20 pilots wanted the depot closed");
    // "said on" opens a medium or a time, not an object
    CHECK(only("Ruiz said on Monday that the depot was safe.").cue == "said");
}

TEST_CASE("content end: an opening subordinate clause after 'And' or 'But' ends at its comma") {
    const std::vector<seen> found =
        attributions("And while Ruiz said the depot was safe, she clarified that the pier was not.");
    REQUIRE(found.size() == 2);
    CHECK(found[0].content == "the depot was safe");
    CHECK(found[1].content == "that the pier was not");
    CHECK(found[1].source == "she");
    // a participle or a group's phrase opening the sentence ends there too
    const std::vector<seen> opening =
        attributions("Having announced that the depot would close, the mayor left the hall.");
    REQUIRE_FALSE(opening.empty());
    CHECK(opening[0].content == "that the depot would close");
}

TEST_CASE("content before cue: a dateline and an opening connective are not part of the content") {
    CHECK(only("Still, the depot will stay open, the mayor said.").content == "the depot will stay open");
    CHECK(only("In fact, the depot will stay open, according to the harbor office.").content ==
          "the depot will stay open");
    CHECK(only("HARBORTON, Maine (AP) -- The depot will stay open, the mayor said.").content ==
          "The depot will stay open");
    // a name before the comma is the sentence's own subject phrase, not a connective
    CHECK(only("Ruiz, the depot will stay open, the mayor said.").content.starts_with("Ruiz"));
}

TEST_CASE("cue before content: whom a report was made to is skipped before 'that'") {
    const seen wrote = only("The harbor office wrote to the council that the depot was safe.");
    CHECK(wrote.cue == "wrote");
    CHECK(wrote.content == "that the depot was safe");
    CHECK(only("Ruiz explained through a spokesman that the pier was closed.").content == "that the pier was closed");
    // "agreed to" wants an infinitive: no addressee there
    CHECK(only("Ruiz agreed to the terms that the council set.").content != "that the council set");
}

TEST_CASE("cue before content: an adverb of time or connection before 'that' is skipped") {
    CHECK(only("Ruiz said again that the depot was safe.").content == "that the depot was safe");
    CHECK(only("Ruiz said earlier on Friday during a briefing that the depot was safe.").content ==
          "that the depot was safe");
    CHECK(only("Pilots suggest however that the depot is unsafe.").content == "that the depot is unsafe");
}

TEST_CASE("cue before content: a relative pronoun is the reported clause's subject when a verb follows the cue") {
    const seen what = only("The office adapted to what Ruiz said is a growing demand for night shipping.");
    CHECK(what.source == "Ruiz");
    CHECK(what.content == "what | is a growing demand for night shipping");
    CHECK(only("It is the kind of job that pilots say is the future.").content == "that | is the future");
}

TEST_CASE("sources: a relative clause that reports on its own is no part of the source") {
    const std::vector<seen> found =
        attributions("Ruiz, who said last year that the pier was unsafe, told reporters the depot is safe.");
    REQUIRE_FALSE(found.empty());
    CHECK(found.back().source == "Ruiz");
    CHECK(found.back().content == "the depot is safe");
    // one that only describes the speaker stays
    CHECK(only("Ruiz, who ran the depot for a decade, said it is safe.").source ==
          "Ruiz, who ran the depot for a decade");
    // after an inverted cue too; a stance describes the speaker, and "her remarks" is a noun
    CHECK(attributions("\"It is safe,\" said Ruiz, who said last year that it was not.").front().source == "Ruiz");
    CHECK(attributions("\"It is safe,\" said Ruiz, who endorsed Lee in May.").front().source ==
          "Ruiz, who endorsed Lee in May");
    CHECK(only("\"It is safe,\" said Ruiz, who has drawn attention for her remarks.").source ==
          "Ruiz, who has drawn attention for her remarks");
}

TEST_CASE("sources: a bound or approximation of a number belongs to the source") {
    CHECK(only("More than half of the pilots said the depot was safe.").source == "More than half of the pilots");
    CHECK(only("Some 20 percent of the pilots said the depot was safe.").source == "Some 20 percent of the pilots");
}

TEST_CASE("sources: an adverb or a time opening the sentence is no part of the source") {
    CHECK(only("Meanwhile Ruiz said the depot was safe.").source == "Ruiz");
    CHECK(only("Ultimately Ruiz said the depot was safe.").source == "Ruiz");
    CHECK(only("Last year only 32 percent of pilots said the depot was safe.").source == "only 32 percent of pilots");
    CHECK(only("Early voters said the depot was safe.").source == "Early voters");
}

TEST_CASE("sources: a participle's subject starts after an opening adverbial") {
    const seen hoping = only("Instead, the harbor chief is sticking to the plan, hoping to avoid a strike.");
    CHECK(hoping.cue == "hoping");
    CHECK(hoping.source == "the harbor chief");
}

TEST_CASE("cue before content: a verb after 'and' takes a common noun phrase subject of the first verb") {
    const seen court = only("The harbor court overruled and said the depot must stay open.");
    CHECK(court.source == "The harbor court");
    CHECK(court.cue == "said");
    CHECK(court.content == "the depot must stay open");
}

TEST_CASE("content before cue: a connective alone before the source is no content") {
    const seen however = only("However, Ruiz, a pilot, said in March that the depot was safe.");
    CHECK(however.content == "that the depot was safe");
    CHECK(however.source == "Ruiz, a pilot");
}

TEST_CASE("content before cue: 'Said X, \"...\"' opening the sentence") {
    const seen said = only("Said Ruiz, who ran the depot for years, \"We were proud of it.\"");
    CHECK(said.cue == "Said");
    CHECK(said.source == "Ruiz, who ran the depot for years");
    CHECK(said.content == "\"We were proud of it.\"");
    CHECK(said.kind == "direct");
    // "Said to be ..." opens a passive, no report
    CHECK(attributions("Said to be worth a fortune, Ruiz left the harbor.").empty());
}

TEST_CASE("content parts: a content ending in a quotation keeps the closing mark") {
    // the stop and the mark close the quotation the content opened
    CHECK(only("Ruiz called the depot \u201crotten to the core.\u201d").content ==
          "the depot \u201crotten to the core.\u201d");
    CHECK(only("Ruiz called the depot \"a disgrace\".").content == "the depot \"a disgrace\"");
    // a quotation that closed earlier leaves the sentence's stop out
    CHECK(only("Ruiz said the \"old\" depot was safe.").content == "the \"old\" depot was safe");
}

TEST_CASE("cue span: a negation inside a progressive stays in the cue") {
    const seen plain = only("Ruiz is not saying which pilot he backs.");
    CHECK(plain.cue == "is not saying");
    CHECK(plain.source == "Ruiz");
    CHECK(plain.content == "which pilot he backs");
    CHECK(only("Ruiz isn\u2019t saying which pilot he backs.").cue == "isn\u2019t saying");
    // "being" opens no progressive report
    CHECK(attributions("Not being told the truth, Ruiz left.").empty());
}

TEST_CASE("cue span: any negated auxiliary, with either apostrophe, opens the cue") {
    CHECK(only("I don't think the depot is safe.").cue == "don't think");
    const seen curly = only("Ruiz didn\u2019t think the depot was safe.");
    CHECK(curly.cue == "didn\u2019t think");
    CHECK(curly.source == "Ruiz");
    CHECK(curly.content == "the depot was safe");
    CHECK(only("The pilots can't say whether the depot is safe.").cue == "can't say");
    // a negated "be" before a participle is a passive, no report
    CHECK(attributions("The pilots aren't admitted until they are vetted.").empty());
    CHECK(attributions("Ruiz was not told the depot was closed.").empty());
}

TEST_CASE("words: a curly apostrophe reads as a straight one") {
    // "Monday's vote" is the content's subject, not a time after the cue
    CHECK(only("Ruiz said Monday\u2019s vote showed the depot was safe.").content ==
          "Monday\u2019s vote showed the depot was safe");
    for (const std::string_view straight :
         {"Ruiz said Monday's vote showed the depot was safe.", "The pilots say it isn't safe, and Ruiz agrees.",
          "Ruiz doesn't think the depot is safe.", "The pilots' union said the depot wasn't safe."}) {
        std::string curly(straight);
        for (std::size_t at = curly.find('\''); at != std::string::npos; at = curly.find('\'', at))
            curly.replace(at, 1, "\u2019");
        const std::vector<seen> a = attributions(straight);
        const std::vector<seen> b = attributions(curly);
        REQUIRE(a.size() == b.size());
        // each curly apostrophe is two bytes longer: the same spans, shifted
        auto curly_size = [](const std::string& text) {
            return text.size() + 2 * static_cast<std::size_t>(std::count(text.begin(), text.end(), '\''));
        };
        for (std::size_t i = 0; i < a.size(); ++i) {
            CHECK(curly_size(a[i].cue) == b[i].cue.size());
            CHECK(curly_size(a[i].source) == b[i].source.size());
            CHECK(curly_size(a[i].content) == b[i].content.size());
        }
    }
}

TEST_CASE("contracted: a negation or 'been' between \"'s\" and the participle") {
    const seen negated = only("He's not saying which pilot he backs.");
    CHECK(negated.source == "He");
    CHECK(negated.cue == "'s not saying");
    CHECK(negated.content == "which pilot he backs");
    const seen curly = only("She\u2019s been saying the depot is safe.");
    CHECK(curly.source == "She");
    CHECK(curly.cue == "\u2019s been saying");
    // "it's" before a past participle is a passive, with or without an adverb
    CHECK(attributions("As it's currently written, the rule is too long.").empty());
    CHECK(attributions("As it's written, the rule is too long.").empty());
}

TEST_CASE("cue span: 'seemed to' before a report verb opens its cue") {
    const seen mock = only("Ruiz seemed to mock the harbor chief.");
    CHECK(mock.cue == "seemed to mock");
    CHECK(mock.source == "Ruiz");
    CHECK(mock.content == "the harbor chief");
    // before a verb that reports nothing, "seem" keeps its subject in the content
    const seen working = only("The depot seems to be working.");
    CHECK(working.cue == "seems");
    CHECK(working.source.empty());
    CHECK(working.content == "The depot | to be working");
}

TEST_CASE("passive: 'It was reported that C' names nobody") {
    const seen reported = only("It was widely reported that the depot would close.");
    CHECK(reported.cue == "was widely reported");
    CHECK(reported.source.empty());
    CHECK(reported.content == "that the depot would close");
    // a named subject is no impersonal "it"
    CHECK(attributions("The closure was announced that morning.").empty());
}

TEST_CASE("left source: an office holder before a verb that is also a noun") {
    const seen claims = only("The spokesman claims the audit is wrong.");
    CHECK(claims.source == "The spokesman");
    CHECK(claims.cue == "claims");
    CHECK(claims.content == "the audit is wrong");
    CHECK(only("The senator supports the ferry plan.").content == "the ferry plan");
    // an office noun modifying the document is no speaker
    CHECK(attributions("The committee report was finalized on Friday.").empty());
    CHECK(attributions("Two police reports Lee filed were lost.").empty());
}

TEST_CASE("stance: a plain 'back' backs someone or something named") {
    const seen voters = only("Most voters back the ferry plan.");
    CHECK(voters.source == "Most voters");
    CHECK(voters.cue == "back");
    CHECK(voters.content == "the ferry plan");
    CHECK(only("They back Cruz.").content == "Cruz");
    // "back" as an adverb after a verb backs nothing
    CHECK(attributions("The custom dates back to 1938.").empty());
    CHECK(attributions("Lee chokes back tears as he speaks.").empty());
}

TEST_CASE("source: a contracted subject gives the pronoun alone") {
    const seen perfect = only("I\u2019ve been saying for years that the pier is unsafe.");
    CHECK(perfect.source == "I");
    const seen future = only("They'll argue that the vote was unfair.");
    CHECK(future.source == "They");
    CHECK(future.cue == "argue");
    // a name's possessive is no contraction
    CHECK(only("O'Malley argued that the vote was unfair.").source == "O'Malley");
}

TEST_CASE("content before cue: a plain form inverts for a group") {
    const seen some = only("The ferry plan may fail, say some Democrats.");
    CHECK(some.source == "some Democrats");
    CHECK(some.cue == "say");
    CHECK(some.content == "The ferry plan may fail");
    CHECK(only("The ferry plan may fail, argue officials.").source == "officials");
    // a name takes "says"; a possessive opens the reported clause, not a source
    CHECK(attributions("The ferry plan may fail, say Lee.").empty());
    const seen clause = only("Lee, a delegate, said their speeches would focus on the ferry.");
    CHECK(clause.source == "Lee, a delegate");
}

TEST_CASE("content before cue: a participle that names 'as' is no inverted report") {
    const seen stated = only("Marcel Ruiz, the hacker known as Crowbar, stated that he had read the files.");
    CHECK(stated.cue == "stated");
    CHECK(stated.content == "that he had read the files");
    CHECK(attributions("Many of them are bored, the course derisively known as the swamp.").empty());
}

TEST_CASE("source: a participle phrase after the name is no part of it") {
    const std::vector<seen> both = attributions("Lee, citing a county report, said the ferry plan could work.");
    REQUIRE(both.size() == 2);  // "citing" reports too
    const seen& said = both[0].cue == "said" ? both[0] : both[1];
    CHECK(said.source == "Lee");
    CHECK(said.content == "the ferry plan could work");
    // a title that opens with a participle stays
    CHECK(only("Dan Ruiz, managing director of the port, said the ferry plan could work.").source ==
          "Dan Ruiz, managing director of the port");
}

TEST_CASE("according to: a noun phrase closing the sentence is the source's appositive") {
    const seen weaver = only("The ferry plan failed, according to Dana Weaver, a county planner.");
    CHECK(weaver.source == "Dana Weaver, a county planner");
    CHECK(weaver.content == "The ferry plan failed");
    // a clause after the comma is more of what was reported
    const seen clause = only("About noon, according to a timeline, the crews left for the pier.");
    CHECK(clause.source == "a timeline");
    CHECK(clause.content == "About noon | the crews left for the pier");
}

TEST_CASE("source: 'At least', 'Not everyone' and 'aides to X' belong to the phrase") {
    CHECK(only("At least four senators said the ferry plan failed.").source == "At least four senators");
    CHECK(only("Not everyone agreed that the ferry plan failed.").source == "Not everyone");
    CHECK(only("Aides to Clinton said the ferry plan failed.").source == "Aides to Clinton");
    CHECK(only("An adviser to the mayor said the ferry plan failed.").source == "An adviser to the mayor");
    // a place after "at" is still no part of the speaker
    CHECK(only("At the hearing, Lee said the ferry plan failed.").source == "Lee");
}

TEST_CASE("source: a document's maker and place stay inside its phrase") {
    CHECK(only("A poll conducted by the college found that the ferry plan failed.").source ==
          "A poll conducted by the college");
    CHECK(only("The statement by the two unions said the ferry plan failed.").source == "The statement by the two unions");
    const seen place = only("According to a report in the Harbor Gazette, the ferry plan failed.");
    CHECK(place.source == "a report in the Harbor Gazette");
    CHECK(place.content == "the ferry plan failed");
    // two groups joined by "and" are one source
    CHECK(only("Some emails and other records described the ferry deal.").source == "Some emails and other records");
    CHECK(only("Port workers and city officials said the ferry plan failed.").source == "Port workers and city officials");
    // an agent of the reported clause is no part of the source
    CHECK(only("The ferry plan was approved by the council, Lee said.").source == "Lee");
    // a time after the source still ends it when a clause follows
    CHECK(only("According to Lee in 2014 the ferry plan failed.").source == "Lee");
}

TEST_CASE("source: a title line above the speaker is no part of the source") {
    // (a title of 55 columns or more runs into the next line's paragraph)
    const seen below = only("Why The Harbor Commission Says The Ferry Plan Is A Costly Mistake\nDana Ruiz said the ferry "
                            "plan failed.");
    CHECK(below.source == "Dana Ruiz");
    // a line break inside hard-wrapped prose (lines of 55 columns or more) leaves the phrase whole
    CHECK(only("Monday was calm at the port, and crews worked. The chief of the harbor\nauthority said the ferry plan "
               "failed.")
              .source == "The chief of the harbor\nauthority");
}

TEST_CASE("source: a time right after a name is no part of the speaker") {
    CHECK(only("Dana Ruiz on Thursday said the ferry plan failed.").source == "Dana Ruiz");
    CHECK(only("Ruiz in her speech said the ferry plan failed.").source == "Ruiz");
    // inside an appositive it describes the speaker, and stays
    CHECK(only("Lee, an aide during her 2008 run, said the ferry plan failed.").source ==
          "Lee, an aide during her 2008 run");
}

TEST_CASE("cue span: a modal opens the cue, and the plain form after it is a verb") {
    const seen can = only("Most delegates can support the ferry plan.");
    CHECK(can.source == "Most delegates");
    CHECK(can.cue == "can support");
    CHECK(can.content == "the ferry plan");
    CHECK(only("Lee must promise to repair the pier.").cue == "must promise");
    CHECK(only("The mayor would not back Lee.").cue == "would not back");
    // without a modal the plain noun stays a noun, and "offer" after one mostly gives
    CHECK(attributions("The ferry plan has support from the council.").empty());
    CHECK(attributions("The pier could offer a glimpse of the old port.").empty());
    // an adverb before a third-person form marks it a verb too, but not after a preposition
    const seen also = only("The survey also shows most voters will back the ferry.");
    CHECK(also.cue == "also shows");
    CHECK(also.source == "The survey");
    CHECK(attributions("Turnout fell in later states after the vote.").empty());
}

TEST_CASE("content end: a speaker with a short aside in parentheses reports on his own") {
    const std::vector<seen> all =
        attributions("He believes that the pier is safe, Sen. Ana Ruiz (D-Ore.) told reporters.");
    REQUIRE(all.size() == 1);
    CHECK(all.front().source == "Sen. Ana Ruiz (D-Ore.)");
    CHECK(all.front().cue == "told");
    CHECK(all.front().content == "He believes that the pier is safe");
}

TEST_CASE("source: a participle's speaker keeps the subject's appositive") {
    const std::vector<seen> found =
        attributions("Ana Ruiz, the port's director, closed the pier on Monday, saying it was unsafe.");
    REQUIRE(found.size() == 1);
    CHECK(found.front().source == "Ana Ruiz, the port's director");
    CHECK(found.front().cue == "saying");
    // a circumstance set off by commas describes no one
    const std::vector<seen> meanwhile =
        attributions("Ruiz, meanwhile, closed the pier on Monday, saying it was unsafe.");
    REQUIRE(meanwhile.size() == 1);
    CHECK(meanwhile.front().source == "Ruiz");
}

TEST_CASE("content end: 'and would continue to' goes on with the same report") {
    const seen same = only("Lee said she hoped to reopen the pier, and then would continue to fund the ferry.");
    CHECK(same.content == "she hoped to reopen the pier, and then would continue to fund the ferry");
    // a report of its own after the phase verb still ends the content
    const std::vector<seen> two =
        attributions("Lee said she hoped to reopen the pier, and continued to insist that it was safe.");
    REQUIRE(two.size() == 2);
    CHECK(two.front().content == "she hoped to reopen the pier");
}

TEST_CASE("stance phrase: the object ends before a past main verb") {
    const seen grew = only("Lee's criticism of the ferry plan grew sharper in May.");
    CHECK(grew.content == "the ferry plan");
    // a clause inside the object keeps its own verbs
    CHECK(only("Kim responded to Lee's claim that the ferry plan made money.").content ==
          "Lee's claim that the ferry plan made money");
}

TEST_CASE("cue before content: evidence shows someone doing something") {
    const seen video = only("The footage showed an engineer closing the pier gates.");
    CHECK(video.cue == "showed");
    CHECK(video.source == "The footage");
    CHECK(video.content == "an engineer closing the pier gates");
    CHECK(only("The audit found him skipping inspections.").content == "him skipping inspections");
    // a noun in -ing after a determiner is no participle
    CHECK(attributions("The inspector showed crews the landing area.").empty());
}

TEST_CASE("cue before content: a person wants, seeks or promises a thing") {
    const seen wants = only("Ruiz wants a second ferry for the island.");
    CHECK(wants.source == "Ruiz");
    CHECK(wants.cue == "wants");
    CHECK(wants.content == "a second ferry for the island");
    CHECK(only("She sought the council's backing.").content == "the council's backing");
    // an organization's wants, and the adjective "pledged", are no stance
    CHECK(attributions("The port sought more details.").empty());
    CHECK(attributions("Ruiz leads in pledged delegates.").empty());
}
