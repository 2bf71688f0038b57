package dev.rapport.platform.demo;

import java.util.List;

/**
 * How contacts on one channel look.
 *
 * @param inboundShare the share of contacts the customer starts
 * @param inboundInOfficeHours whether the customer's contacts come in office hours (calls, visits) or at any time
 *                             (web, mail); the company's own contacts are always made in office hours
 * @param loggedAutomatically whether an integration logs the contact at once; otherwise a person types it in later
 * @param inboundSubjects subjects of contacts the customer starts; empty if {@code inboundShare} is 0
 * @param outboundSubjects subjects of contacts the company starts; empty if {@code inboundShare} is 1
 */
record ChannelProfile(double inboundShare, boolean inboundInOfficeHours, boolean loggedAutomatically,
                      List<String> inboundSubjects, List<String> outboundSubjects) {
}
