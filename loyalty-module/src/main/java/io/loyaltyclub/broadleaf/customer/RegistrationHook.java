package io.loyaltyclub.broadleaf.customer;

import java.time.Clock;

import javax.annotation.PostConstruct;
import javax.annotation.Resource;

import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.broadleafcommerce.profile.core.service.listener.PostRegistrationObserver;

import io.loyaltyclub.earning.CustomerEvent;
import io.loyaltyclub.events.ClubEventService;

/** Gives the sign-up bonus when a customer registers through Broadleaf's customer service (once per customer). */
public class RegistrationHook implements PostRegistrationObserver {

    @Resource(name = "blCustomerService")
    private CustomerService customerService;

    private ClubEventService events;
    private Clock clock = Clock.systemUTC();

    @PostConstruct
    public void listen() {
        customerService.addPostRegisterListener(this);
    }

    @Override
    public void processRegistrationEvent(Customer customer) {
        if (customer != null && customer.getId() != null) {
            events.record(CustomerEvent.signUp(customer.getId(), clock.instant()));
        }
    }

    public void setEvents(ClubEventService events) {
        this.events = events;
    }

    public void setClock(Clock clock) {
        this.clock = clock;
    }
}
