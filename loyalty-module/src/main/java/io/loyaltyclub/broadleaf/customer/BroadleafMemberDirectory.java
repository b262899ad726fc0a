package io.loyaltyclub.broadleaf.customer;

import javax.annotation.Resource;

import org.broadleafcommerce.profile.core.service.CustomerService;

import io.loyaltyclub.ledger.MemberDirectory;

/** The shop's customers, as Broadleaf's customer service knows them. */
public class BroadleafMemberDirectory implements MemberDirectory {

    @Resource(name = "blCustomerService")
    private CustomerService customerService;

    @Override
    public boolean exists(long customerId) {
        return customerService.readCustomerById(customerId) != null;
    }
}
