// Requisition: small progressive enhancements; every page works without scripts.
"use strict";
window.requisition = {
    // The anti-forgery token of the page, for the API calls its scripts make.
    csrf() {
        const field = document.querySelector('input[name="__RequestVerificationToken"]');
        return field ? field.value : "";
    },
};
