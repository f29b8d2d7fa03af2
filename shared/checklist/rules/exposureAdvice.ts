/**
 * AC23: an exposure notice with nothing for the exposed to do. "The person was infectious when they visited the
 * following places: …" and then nothing: those who were there do not learn to check their vaccination, watch for
 * symptoms or phone before they come (CDC CERC: give people something to do; Folkhälsomyndigheten's and the regions'
 * exposure notices always say it). Twenty-first round, blind41 and blind42 studied: two authors wrote it; every real
 * exposure notice of the tuning material says what to do.
 */
import type { Analysis } from "../analysis.js";
import type { Draft, Rule } from "../types.js";
import { span, t } from "../text/spans.js";

const DISEASE =
  /(?<!\p{L})(?:mässling\p{L}*|measles|tuberkulos|tbc|tuberculosis|hepatit\p{L}*|hepatitis|mpox|kikhosta|whooping cough|pertussis|difteri|diphtheria|rubella|röda hund|påssjuka|mumps|meningokock\p{L}*|meningococcal|covid(?:-19)?)(?!\p{L})/u;
const DISEASE_GATE =
  /mässling|measles|tuberkulos|tbc|tuberculosis|hepatit|mpox|kikhosta|whooping|pertussis|difteri|diphtheria|rubella|röda hund|påssjuka|mumps|meningok|meningoc|covid/u;
const EXPOSURE =
  /(?<!\p{L})(?:may have been exposed|possible exposure|potential exposure|exposure (?:sites?|locations?)|(?:was|were) (?:infectious|contagious) (?:when|while|at|between|in)|visited the following|smittsam(?:ma)? (?:mellan|under|när|då)|(?:har|hade) (?:under (?:den|denna) tid(?:en)? )?besökt|kan ha (?:blivit )?(?:exponerad\p{L}*|smittad\p{L}*)|exponer\p{L}*)(?!\p{L})/u;
/** What the exposed are told, even as a condition: "If you develop a fever, call", "Om du får symtom". */
const ADVICE =
  /(?<!\p{L})(?:if you (?:were|was|develop|have|are|visited|feel)|anyone who|those who|om du (?:var|har|får|känner|besökte|inte)|du som (?:var|har|besökte)|watch for|look out for|monitor (?:for|your)|check (?:your|that)|kontrollera|var uppmärksam|håll utkik|ring|call|phone|contact (?:your|a|the|us|their|1177|111)|kontakta|stay (?:at )?home|stanna hemma|kontaktas|erbjuds|(?:are|is|will be) (?:being )?(?:offered|contacted)|behöver inte|do not need to|no action)(?!\p{L})/u;
/** No exposure after all: "har inte besökt några offentliga platser", "ingen … bedöms ha exponerats". */
const NO_EXPOSURE =
  /(?<!\p{L})(?:(?:har|hade) inte besökt|has not visited|did not visit|ingen (?:\p{L}+ ){0,4}?(?:bedöms ha )?exponerats|no one (?:\p{L}+ ){0,4}?exposed|ingen risk för allmänheten|no risk to the public)(?!\p{L})/u;
/** A pointer onwards only ("For more information, visit …"), which an instruction flag also counts. */
const ONLY_ONWARDS =
  /(?<!\p{L})(?:more information|mer information|läs mer|read more|more about|mer om|contact tracing|smittspårning\p{L}*)(?!\p{L})/u;

export const AC23: Rule = {
  id: "AC23",
  principle: "active",
  name: "an exposure notice with nothing to do",
  severity: "error",
  points: 25,
  repeat: 0,
  cap: 25,
  kinds: ["bulletin", "sms", "social"],
  languages: ["sv", "en"],
  check(a: Analysis): Draft[] {
    const text = `${a.title.lower}\n${a.body.lower}`;
    if (!DISEASE_GATE.test(text) || !DISEASE.test(text)) return [];
    const m = EXPOSURE.exec(a.body.lower);
    if (m === null || ADVICE.test(text) || NO_EXPOSURE.test(text)) return [];
    const instructed = a.fields.some((f) => {
      const flags = a.flags(f, "instruction");
      return f.sentences.some((s) => flags[s.index] === 1 && !ONLY_ONWARDS.test(f.lower.slice(s.start, s.end)));
    });
    if (instructed) return [];
    return [
      {
        span: span("body", m.index, m.index + m[0].length),
        message: t(
          "Texten räknar upp var smittan kan ha spridits men säger inte vad den som var där ska göra.",
          "The text lists where people may have been exposed but not what those who were there should do.",
        ),
        suggestion: t(
          "Säg vad de ska göra: ”Var du där och är ovaccinerad? Ring 1177 innan du söker vård om du får feber.”",
          "Say what to do: “Were you there and are you not vaccinated? Watch for fever and phone before you visit.”",
        ),
      },
    ];
  },
};
