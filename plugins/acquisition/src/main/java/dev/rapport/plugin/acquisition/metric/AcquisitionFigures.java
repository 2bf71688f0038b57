package dev.rapport.plugin.acquisition.metric;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD;

import dev.rapport.plugin.acquisition.campaign.Campaign;
import dev.rapport.plugin.acquisition.campaign.CampaignRepository;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.plugin.acquisition.support.AcquisitionSettings;
import dev.rapport.plugin.acquisition.support.Times;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.RevenueTotal;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * The figures behind the plugin's scorecard metrics, per department (the lead's or campaign's department) and
 * period, each one bounded query over an indexed range. Money figures are in the plugin's campaign currency;
 * campaigns in another currency are left out rather than mixed in.
 */
public final class AcquisitionFigures {

    private static final int REVENUE_BATCH = 1000;

    private final PluginContext context;
    private final AcquisitionSettings settings;

    public AcquisitionFigures(PluginContext context, AcquisitionSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    public String currency() {
        return settings.currency();
    }

    /** Leads captured in the period. */
    public long newLeads(Optional<Department> department, ReportingPeriod period) {
        return context.dsl().fetchCount(ACQ_LEAD, captured(period).and(of(department)));
    }

    /** Of the leads captured in the period, the share (in %) that became customers by now; empty without leads. */
    public Optional<BigDecimal> conversionRate(Optional<Department> department, ReportingPeriod period) {
        var converted = DSL.count().filterWhere(ACQ_LEAD.STATUS.eq(LeadStatus.CONVERTED.name()));
        var counts = context.dsl().select(DSL.count(), converted).from(ACQ_LEAD)
                .where(captured(period).and(of(department))).fetchSingle();
        return percent(counts.value2(), counts.value1());
    }

    /** Actual cost of the campaigns that started in the period, per lead of theirs converted; empty without conversions. */
    public Optional<BigDecimal> costPerAcquisition(Optional<Department> department, ReportingPeriod period) {
        List<Campaign> campaigns = campaigns(department, period);
        long conversions = 0;
        BigDecimal cost = BigDecimal.ZERO;
        LeadRepository leads = new LeadRepository(context.dsl());
        for (Campaign campaign : campaigns) {
            conversions += leads.countsForCampaign(campaign.id()).converted();
            cost = cost.add(campaign.actualCost());
        }
        return conversions == 0 ? Optional.empty()
                : Optional.of(cost.divide(BigDecimal.valueOf(conversions), 2, RoundingMode.HALF_UP));
    }

    /**
     * Return on investment (in %) of the campaigns that started in the period: the revenue of the customers their
     * leads became, since each campaign's start, against their actual cost; empty when they cost nothing.
     */
    public Optional<BigDecimal> campaignRoi(Optional<Department> department, ReportingPeriod period) {
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        LeadRepository leads = new LeadRepository(context.dsl());
        Instant now = context.clock().instant();
        for (Campaign campaign : campaigns(department, period)) {
            cost = cost.add(campaign.actualCost());
            List<Long> customers = leads.convertedCustomerIds(campaign.id());
            Instant from = campaign.startsOn().atStartOfDay().toInstant(ZoneOffset.UTC);
            for (int start = 0; start < customers.size() && from.isBefore(now); start += REVENUE_BATCH) {
                for (RevenueTotal total : context.customers().revenue(
                        customers.subList(start, Math.min(customers.size(), start + REVENUE_BATCH)), from, now)) {
                    if (total.currency().equals(campaign.currency())) {
                        revenue = revenue.add(total.amount());
                    }
                }
            }
        }
        if (cost.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(revenue.subtract(cost).multiply(BigDecimal.valueOf(100)).divide(cost, 1, RoundingMode.HALF_UP));
    }

    /** Average days from capture to first contact of the leads first contacted in the period; empty without any. */
    public Optional<BigDecimal> daysToFirstContact(Optional<Department> department, ReportingPeriod period) {
        Instant from = Times.stored(period.startInstant());
        Instant to = Times.stored(period.endInstant());
        Condition contacted = ACQ_LEAD.FIRST_CONTACT_AT.ge(from).and(ACQ_LEAD.FIRST_CONTACT_AT.lt(to)).and(of(department));
        long seconds = 0;
        long leads = 0;
        for (var row : context.dsl().select(ACQ_LEAD.CAPTURED_AT, ACQ_LEAD.FIRST_CONTACT_AT).from(ACQ_LEAD)
                .where(contacted).limit(100_000).fetch()) {
            seconds += Math.max(0, Duration.between(row.value1(), row.value2()).toSeconds());
            leads++;
        }
        return leads == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(seconds)
                .divide(BigDecimal.valueOf(leads * 86_400L), 1, RoundingMode.HALF_UP));
    }

    private List<Campaign> campaigns(Optional<Department> department, ReportingPeriod period) {
        return new CampaignRepository(context.dsl()).startingBetween(period.start(), period.end(),
                department.map(Department::id).orElse(null)).stream()
                .filter(campaign -> campaign.currency().equals(settings.currency())).toList();
    }

    private static Condition captured(ReportingPeriod period) {
        return ACQ_LEAD.CAPTURED_AT.ge(Times.stored(period.startInstant()))
                .and(ACQ_LEAD.CAPTURED_AT.lt(Times.stored(period.endInstant())));
    }

    private static Condition of(Optional<Department> department) {
        return department.map(d -> ACQ_LEAD.DEPARTMENT_ID.eq(d.id())).orElse(DSL.noCondition());
    }

    private static Optional<BigDecimal> percent(long part, long whole) {
        return whole == 0 ? Optional.empty() : Optional.of(BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP));
    }
}
