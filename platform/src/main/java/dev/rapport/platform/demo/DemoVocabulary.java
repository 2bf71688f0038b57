package dev.rapport.platform.demo;

import dev.rapport.sdk.interaction.Channel;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The words of the demo data: what contacts are about, what staff note down, job titles and tags. */
final class DemoVocabulary {

    private static final Map<Channel, ChannelProfile> CHANNELS = new EnumMap<>(Map.of(
            Channel.PHONE, new ChannelProfile(0.55, true, false,
                    list("Question about invoice, Change of address, Card blocked - asked for help, "
                            + "Question about contract terms, Complaint about delivery delay, Asked for a callback, "
                            + "Question about account fees, Cannot log in to the customer portal"),
                    list("Follow-up call about renewal, Welcome call, Offer: upgrade to premium plan, "
                            + "Satisfaction survey call, Reminder about overdue payment, Scheduling an appointment, "
                            + "Call about expiring subscription, Annual insurance review call")),
            Channel.EMAIL, new ChannelProfile(0.5, false, true,
                    list("Question about invoice, Request for quote, Updated billing details, "
                            + "Complaint about service quality, Password reset not working, Request for cancellation, "
                            + "Thanks for the quick help, Question about delivery date"),
                    list("Quote sent, Order confirmation follow-up, Contract documents for signature, Renewal reminder, "
                            + "Answer to invoice question, Follow-up on newsletter offer, Meeting summary")),
            Channel.MEETING, new ChannelProfile(0.3, true, false,
                    list("Customer asked for a review meeting, Escalation meeting requested by customer, "
                            + "Consultation on financing options"),
                    list("Annual account review, Product demo, Contract negotiation, Quarterly business review, "
                            + "Investment advice meeting, Onboarding workshop")),
            Channel.WEB, new ChannelProfile(1.0, false, true,
                    list("Contact form: request for information, Online order placed, Newsletter sign-up, "
                            + "Downloaded product brochure, Webinar registration, Online appointment booking"),
                    List.of()),
            Channel.CHAT, new ChannelProfile(0.95, false, true,
                    list("Chat: delivery status, Chat: how to change my plan, Chat: question about fees, "
                            + "Chat: problem with the mobile app, Chat: reset PIN"),
                    list("Proactive chat on the pricing page")),
            Channel.LETTER, new ChannelProfile(0.3, true, false,
                    list("Written complaint, Signed contract returned, Change of address by letter, Cancellation letter"),
                    list("Annual statement sent, Contract amendment sent, Payment reminder letter, Welcome pack sent")),
            Channel.STORE, new ChannelProfile(1.0, true, false,
                    list("Store visit: product advice, Store visit: returned an item, Store visit: picked up order, "
                            + "Store visit: opened a new account"),
                    List.of()),
            Channel.FIELD_VISIT, new ChannelProfile(0.0, true, false,
                    List.of(),
                    list("On-site installation, Maintenance visit, Site survey for new equipment, On-site training, "
                            + "Repair visit"))));

    /** Sentences staff write into an interaction's notes. */
    static final List<String> INTERACTION_NOTES = list("Customer was friendly and well prepared., "
            + "Sent the requested documents afterwards., Needs approval from management before deciding., "
            + "Promised a callback within two working days., Price is the main concern., "
            + "Asked to be contacted by email in future., Mentioned a competitor's offer., "
            + "Escalated to second-level support., Customer is happy with the solution., "
            + "Wants to revisit the topic next quarter., Asked for a discount on a multi-year contract., "
            + "Interested in the new product line.");

    /** Notes on a customer record. */
    static final List<String> CUSTOMER_NOTES = list("Prefers contact by email., Met at the trade fair in spring., "
            + "Do not call before 10:00., Long-standing and very loyal customer., Referred by an existing customer., "
            + "Interested in sustainable products., Decisions take long: several people involved.");

    /** Titles of contact persons at organisations, most common first. */
    static final List<String> JOB_TITLES = list("Head of Procurement, Office Manager, IT Manager, Managing Director, "
            + "Chief Financial Officer, Purchasing Agent, Operations Manager, Head of Marketing, Facility Manager, "
            + "Assistant to the Board");

    /** Mailboxes organisations publish, most common first. */
    static final List<String> COMPANY_MAILBOXES = list("info, office, contact, sales, hello");

    private DemoVocabulary() {
    }

    static ChannelProfile profile(Channel channel) {
        return CHANNELS.get(channel);
    }

    /** "Anna, Lukas, Marie" as a list, so that the word tables stay readable. */
    static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
    }
}
