#pragma once
// The seed story: talks in Paris on ending the war in Ukraine, modelled as a
// compile-time story. The facts (who said what, which figures, which credits)
// come from the report the project started from; every sentence here is our own.

#include <newsprov/story/check.hpp>
#include <newsprov/story/relations.hpp>

namespace seed {
namespace np = newsprov;

// ---- sources ---------------------------------------------------------------
inline constexpr np::organization us_government{"us-government", "the U.S. government", "the Trump administration"};
inline constexpr np::organization ukraine{"ukraine", "Ukraine", "the Ukrainian government"};
inline constexpr np::organization russia{"russia", "Russia", "the Russian government"};
inline constexpr np::organization kremlin{"kremlin", "the Kremlin"};

inline constexpr np::official rubio{"rubio", "Marco Rubio", "U.S. Secretary of State", us_government};
inline constexpr np::official trump{"trump", "Donald Trump", "U.S. President", us_government};
inline constexpr np::official witkoff{"witkoff", "Steve Witkoff", "presidential envoy", us_government};
inline constexpr np::official lavrov{"lavrov", "Sergey Lavrov", "Russian Foreign Minister", russia};
inline constexpr np::spokesperson peskov{"peskov", "Dmitry Peskov", "Kremlin spokesman", kremlin};
inline constexpr np::office economy_minister{"ukraine-economy-minister", "Ukraine's economy minister"};
inline constexpr np::office kharkiv_mayor{"kharkiv-mayor", "the mayor of Kharkiv"};

inline constexpr np::journalist arhirova{"arhirova", "Hanna Arhirova", "Kyiv"};
inline constexpr np::journalist novikov{"novikov", "Illia Novikov", "Kyiv"};
inline constexpr np::journalist kozlowska{"kozlowska", "Joanna Kozlowska", "London"};

// ---- claims (paraphrased in our own words) ---------------------------------
inline constexpr np::paraphrase may_move_on{
    "rubio-may-move-on", "without progress within days the U.S. may stop trying to broker a peace deal"};
inline constexpr np::paraphrase london_decisive{
    "rubio-london-decisive", "next week's meeting in London could decide whether Washington stays involved"};
inline constexpr np::paraphrase other_priorities{
    "rubio-other-priorities", "the U.S. has other priorities and must decide soon"};
inline constexpr np::paraphrase decide_in_days{
    "rubio-decide-in-days", "the administration wants to make up its mind within days"};
inline constexpr np::paraphrase minerals_progress{
    "trump-minerals-progress", "the minerals agreement with Ukraine is making progress"};
inline constexpr np::paraphrase memorandum_signed{
    "minister-memorandum", "the two countries signed a memorandum of intent; a fuller agreement is to follow"};
inline constexpr np::paraphrase talks_productive{
    "rubio-talks-productive", "Thursday's talks in Paris were productive; he blamed neither Russia nor Ukraine"};
inline constexpr np::paraphrase briefed_lavrov{
    "rubio-briefed-lavrov", "he told Sergey Lavrov about the emerging outlines of a plan"};
inline constexpr np::denial lavrov_response{
    "rubio-lavrov-response", "he would not say how Lavrov responded"};
inline constexpr np::paraphrase complex_negotiations{
    "peskov-complex-negotiations", "difficult negotiations between Russia and the U.S. are continuing"};
inline constexpr np::paraphrase no_summit{
    "peskov-no-summit", "no direct talks between Trump and Putin are planned for the near future"};
inline constexpr np::paraphrase europe_can_help{
    "rubio-europe-can-help", "Britain, France and Germany can help move the effort forward"};
inline constexpr np::denial security_guarantees{
    "rubio-security-guarantees", "he declined to discuss any U.S. role in security guarantees for Ukraine"};
inline constexpr auto witkoff_meetings =
    np::reported_figure{"witkoff-met-putin", "Witkoff has met Putin three times"}.with(np::quantity{3, "meetings", "with Putin"});
inline constexpr np::paraphrase ceasefire_conditions{
    "russia-ceasefire-conditions",
    "a full ceasefire would require Ukraine to halt mobilization and the West to stop supplying arms"};
inline constexpr np::denial ukraine_rejects{"ukraine-rejects-conditions", "Ukraine has rejected those demands"};
inline constexpr auto kharkiv_toll =
    np::reported_figure{"kharkiv-toll", "one person killed and 98 injured, six of them children"}
        .with(np::quantity{1, "", "killed"})
        .with(np::quantity{98, "", "injured"}.including(6, "children"));
inline constexpr np::observation sumy_bakery{
    "sumy-bakery", "a Russian drone attack on a bakery in Sumy killed a customer and injured an employee"};

// ---- the story -------------------------------------------------------------
inline constexpr auto story = np::make_story(
    np::story_info{"paris-peace-talks", "U.S. may step back from Ukraine peace push without quick progress, Rubio says",
                   "", "", "PARIS"},
    us_government, ukraine, russia, kremlin, rubio, trump, witkoff, lavrov, peskov, economy_minister, kharkiv_mayor,
    arhirova, novikov, kozlowska,

    may_move_on, london_decisive, other_priorities, decide_in_days, minerals_progress, memorandum_signed,
    talks_productive, briefed_lavrov, lavrov_response, complex_negotiations, no_summit, europe_can_help,
    security_guarantees, witkoff_meetings, ceasefire_conditions, ukraine_rejects, kharkiv_toll, sumy_bakery,

    np::attribute(may_move_on, rubio, "stated"), np::attribute(london_decisive, rubio, "indicated"),
    np::attribute(other_priorities, rubio, "emphasized"), np::attribute(decide_in_days, rubio, "noted"),
    np::attribute(minerals_progress, trump, "confirmed"), np::attribute(memorandum_signed, economy_minister, "reported"),
    np::attribute(talks_productive, rubio, "described"), np::attribute(briefed_lavrov, rubio, "mentioned"),
    np::attribute(lavrov_response, rubio, "did not disclose"),
    np::attribute(complex_negotiations, peskov, "commented"), np::attribute(no_summit, peskov, "mentioned"),
    np::on_behalf_of(peskov, kremlin), np::attribute(europe_can_help, rubio, "expressed"),
    np::attribute(security_guarantees, rubio, "refrained from discussing"),
    np::attribute(witkoff_meetings, rubio, "according to"), np::relay(witkoff_meetings, rubio, witkoff),
    np::attribute(ceasefire_conditions, russia, "conditioning"), np::attribute(ukraine_rejects, ukraine, "has rejected"),
    np::attribute(kharkiv_toll, kharkiv_mayor, "reported"),

    np::byline(arhirova, "Kyiv"), np::contributor(novikov, "Kyiv"), np::contributor(kozlowska, "London"));

// The whole story keeps every rule of the default policy, or this does not compile.
static_assert(np::check(story));

}  // namespace seed
