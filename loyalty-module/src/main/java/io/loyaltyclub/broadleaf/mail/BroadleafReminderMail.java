package io.loyaltyclub.broadleaf.mail;

import java.util.HashMap;
import java.util.Map;

import org.broadleafcommerce.common.email.service.EmailService;
import org.broadleafcommerce.common.email.service.info.EmailInfo;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;

import io.loyaltyclub.reminders.ReminderMail;

/**
 * Reminder e-mails through Broadleaf's own e-mail service ({@code blEmailService}): the shop's message creator
 * ({@code blMessageCreator}, e.g. Broadleaf's {@code ThymeleafMessageCreator}) renders the template (the club ships
 * {@code emailTemplates/loyalty/*.html}) and the shop's mail sender ({@code blMailSender}) sends it. The model has
 * the reminder's figures and the member as {@code customer}.
 */
public class BroadleafReminderMail implements ReminderMail {

    private EmailService emailService;
    private CustomerService customerService;
    private String fromAddress;

    @Override
    public void send(long customerId, String subject, String template, Map<String, Object> model) {
        Customer customer = customerService.readCustomerById(customerId);
        if (customer == null || customer.getEmailAddress() == null || customer.getEmailAddress().trim().isEmpty()) {
            throw new IllegalStateException("member " + customerId + " has no e-mail address");
        }
        EmailInfo info = new EmailInfo();
        info.setEmailType("LOYALTY_REMINDER");
        info.setSubject(subject);
        info.setFromAddress(fromAddress);
        info.setEmailTemplate(template);
        info.setEncoding("UTF-8");
        HashMap<String, Object> props = new HashMap<String, Object>(model);
        props.put("customer", customer);
        if (!emailService.sendTemplateEmail(customer.getEmailAddress(), info, props)) {
            throw new IllegalStateException("the shop's e-mail service did not take the reminder to member " + customerId);
        }
    }

    public void setEmailService(EmailService emailService) {
        this.emailService = emailService;
    }

    public void setCustomerService(CustomerService customerService) {
        this.customerService = customerService;
    }

    public void setFromAddress(String fromAddress) {
        this.fromAddress = fromAddress;
    }
}
