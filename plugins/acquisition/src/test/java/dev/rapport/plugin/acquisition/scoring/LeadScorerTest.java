package dev.rapport.plugin.acquisition.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadInteraction;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeadScorerTest {

    private static Lead lead(String company, String jobTitle, String email, String phone, String country, boolean consent) {
        return new Lead(1, "Anna", "Muster", company, jobTitle, email, phone, null, null, null, country, null, consent,
                LeadSource.TRADE_SHOW, null, null, null, LeadStatus.NEW, null, 0, null, null, null, null, null,
                Instant.now(), null, null, null, 0);
    }

    private static ScoringRule field(LeadField field, String value, int points) {
        return new ScoringRule(field.ordinal() + 1, RuleKind.FIELD_VALUE, field, value, null, null, null, points, null, true);
    }

    private static LeadInteraction contact(Channel channel, Direction direction) {
        return new LeadInteraction(1, 1, channel, direction, "x", null, Outcome.COMPLETED, Instant.now(), null, Instant.now());
    }

    @Test
    void fieldRulesMatchTheirValuesCaseInsensitively() {
        LeadFacts facts = new LeadFacts(lead("Acme AG", "Head of Finance", "anna@GMAIL.com", "+41441234567", "CH", true),
                Set.of("CARD-GOLD"), List.of(), List.of());
        List<ScoringRule> rules = List.of(field(LeadField.COUNTRY, "de, ch", 10), field(LeadField.COUNTRY, "US", 99),
                field(LeadField.JOB_TITLE, "director, head", 15), field(LeadField.EMAIL_DOMAIN, "gmail.com", -5),
                field(LeadField.PRODUCT_INTEREST, "card-gold", 20), field(LeadField.COMPANY, null, 3),
                field(LeadField.SOURCE, "trade_show", 7), field(LeadField.PHONE, null, 1),
                field(LeadField.MARKETING_CONSENT, null, 2));

        Score score = LeadScorer.score(facts, rules);

        assertThat(score.total()).isEqualTo(10 + 15 - 5 + 20 + 3 + 7 + 1 + 2);
        assertThat(score.lines()).extracting(line -> line.rule().field()).doesNotContain((LeadField) null)
                .hasSize(8);
    }

    @Test
    void responseAndContactRulesCountEachMatchUpToTheirCap() {
        LeadFacts facts = new LeadFacts(lead(null, null, "a@example.com", null, null, false), Set.of(),
                List.of(ResponseType.OPENED, ResponseType.OPENED, ResponseType.OPENED, ResponseType.REPLIED,
                        ResponseType.UNSUBSCRIBED),
                List.of(contact(Channel.PHONE, Direction.OUTBOUND), contact(Channel.WEB, Direction.INBOUND),
                        contact(Channel.EMAIL, Direction.INBOUND)));
        List<ScoringRule> rules = List.of(
                new ScoringRule(1, RuleKind.CAMPAIGN_RESPONSE, null, null, ResponseType.OPENED, null, null, 4, 10, true),
                new ScoringRule(2, RuleKind.CAMPAIGN_RESPONSE, null, null, null, null, null, 1, null, true),
                new ScoringRule(3, RuleKind.CAMPAIGN_RESPONSE, null, null, ResponseType.UNSUBSCRIBED, null, null, -30, -20, true),
                new ScoringRule(4, RuleKind.INTERACTION, null, null, null, null, Direction.INBOUND, 5, null, true),
                new ScoringRule(5, RuleKind.INTERACTION, null, null, null, Channel.PHONE, null, 8, null, true),
                new ScoringRule(6, RuleKind.INTERACTION, null, null, null, Channel.CHAT, null, 50, null, true),
                new ScoringRule(7, RuleKind.INTERACTION, null, null, null, null, null, 100, null, false));

        Score score = LeadScorer.score(facts, rules);

        assertThat(score.lines()).extracting(ScoreLine::occurrences, ScoreLine::points).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, 10), org.assertj.core.groups.Tuple.tuple(5, 5),
                org.assertj.core.groups.Tuple.tuple(1, -20), org.assertj.core.groups.Tuple.tuple(2, 10),
                org.assertj.core.groups.Tuple.tuple(1, 8));
        assertThat(score.total()).isEqualTo(10 + 5 - 20 + 10 + 8);
    }

    @Test
    void emptyFieldsMatchNoFieldRule() {
        LeadFacts facts = new LeadFacts(lead(null, null, null, null, null, false), Set.of(), List.of(), List.of());
        List<ScoringRule> rules = List.of(field(LeadField.COUNTRY, null, 1), field(LeadField.COMPANY, null, 1),
                field(LeadField.JOB_TITLE, null, 1), field(LeadField.EMAIL_DOMAIN, null, 1), field(LeadField.PHONE, null, 1),
                field(LeadField.PRODUCT_INTEREST, null, 1), field(LeadField.MARKETING_CONSENT, null, 1));

        assertThat(LeadScorer.score(facts, rules).total()).isZero();
    }
}
