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
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:mässling[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|measles|tuberkulos|tbc|tuberculosis|hepatit[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|hepatitis|mpox|kikhosta|whooping cough|pertussis|difteri|diphtheria|rubella|röda hund|påssjuka|mumps|meningokock[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|meningococcal|covid(?:-19)?)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
const DISEASE_GATE =
  /mässling|measles|tuberkulos|tbc|tuberculosis|hepatit|mpox|kikhosta|whooping|pertussis|difteri|diphtheria|rubella|röda hund|påssjuka|mumps|meningok|meningoc|covid/u;
const EXPOSURE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:may have been exposed|possible exposure|potential exposure|exposure (?:sites?|locations?)|(?:was|were) (?:infectious|contagious) (?:when|while|at|between|in)|visited the following|smittsam(?:ma)? (?:mellan|under|när|då)|(?:har|hade) (?:under (?:den|denna) tid(?:en)? )?besökt|kan ha (?:blivit )?(?:exponerad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*|smittad[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)|exponer[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** What the exposed are told, even as a condition: "If you develop a fever, call", "Om du får symtom". */
const ADVICE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:if you (?:were|was|develop|have|are|visited|feel)|anyone who|those who|om du (?:var|har|får|känner|besökte|inte)|du som (?:var|har|besökte)|watch for|look out for|monitor (?:for|your)|check (?:your|that)|kontrollera|var uppmärksam|håll utkik|ring|call|phone|contact (?:your|a|the|us|their|1177|111)|kontakta|stay (?:at )?home|stanna hemma|kontaktas|erbjuds|(?:are|is|will be) (?:being )?(?:offered|contacted)|behöver inte|do not need to|no action)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** No exposure after all: "har inte besökt några offentliga platser", "ingen … bedöms ha exponerats". */
const NO_EXPOSURE =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:(?:har|hade) inte besökt|has not visited|did not visit|ingen (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?(?:bedöms ha )?exponerats|no one (?:[A-Za-zªµºÀ-ÖØ-öø-ɏ]+ ){0,4}?exposed|ingen risk för allmänheten|no risk to the public)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;
/** A pointer onwards only ("For more information, visit …"), which an instruction flag also counts. */
const ONLY_ONWARDS =
  /(?<![A-Za-zªµºÀ-ÖØ-öø-ɏ])(?:more information|mer information|läs mer|read more|more about|mer om|contact tracing|smittspårning[A-Za-zªµºÀ-ÖØ-öø-ɏ]*)(?![A-Za-zªµºÀ-ÖØ-öø-ɏ])/u;

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
